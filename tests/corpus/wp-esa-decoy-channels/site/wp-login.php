<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>เข้าสู่ระบบ &lsaquo; สพป.สุวรรณธารา เขต ๒ &#8212; WordPress</title></head>
<body class="login"><div id="login"><h1><a href="/">สพป.สุวรรณธารา เขต ๒</a></h1>
<form name="loginform" id="loginform" action="/wp-login.php" method="post">
<p><label for="user_login">ชื่อผู้ใช้หรืออีเมล</label><input type="text" name="log" id="user_login" class="input" size="20" /></p>
<p><label for="user_pass">รหัสผ่าน</label><input type="password" name="pwd" id="user_pass" class="input" size="20" /></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="เข้าสู่ระบบ" /></p>
</form><p id="backtoblog"><a href="/">&larr; กลับไปที่ สพป.สุวรรณธารา เขต ๒</a></p></div></body></html>
