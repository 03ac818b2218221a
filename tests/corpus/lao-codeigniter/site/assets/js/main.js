$(function(){$('.dropdown-toggle').on('click',function(e){e.preventDefault();$(this).next().toggle();});});
