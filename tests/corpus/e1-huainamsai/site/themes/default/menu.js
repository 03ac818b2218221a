/* LocalGov CMS menu */
document.addEventListener('DOMContentLoaded',function(){});
