function poll_vote(id){/* ajax to /wp-admin/admin-ajax.php */}
function poll_result(id){}
