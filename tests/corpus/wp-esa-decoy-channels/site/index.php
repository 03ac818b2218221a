<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>สพป.สุวรรณธารา เขต ๒ &#8211; Suwantara Primary Educational Service Area Office 2</title>
<meta name="generator" content="WordPress 6.4.3" />
<link rel='stylesheet' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel='stylesheet' href='/wp-content/plugins/wp-polls/polls-css.css?ver=2.77.2' media='all' />
</head>
<body class="home page-template-default page page-id-2">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header"><div class="site-branding">
<a href="/" rel="home"><img src="/wp-content/uploads/2024/01/logo-swt2.png" alt="" width="80" /></a>
<p class="site-title"><a href="/" rel="home">สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสุวรรณธารา เขต ๒</a></p>
<p class="site-description">Suwantara Primary Educational Service Area Office 2</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">หน้าแรก</a></li>
<li class="menu-item menu-item-has-children"><a href="/?page_id=12">เกี่ยวกับ สพป.</a><ul class="sub-menu">
 <li class="menu-item"><a href="/?page_id=12">ประวัติและวิสัยทัศน์</a></li>
 <li class="menu-item"><a href="/?page_id=15">โครงสร้างการบริหาร</a></li>
 <li class="menu-item"><a href="/?page_id=17">อำนาจหน้าที่</a></li>
 <li class="menu-item"><a href="/?page_id=19">ผู้บริหาร</a></li>
 <li class="menu-item"><a href="/?page_id=43">คู่มือการปฏิบัติงาน</a></li></ul></li>
<li class="menu-item"><a href="/?cat=3">ข่าวประชาสัมพันธ์</a></li>
<li class="menu-item menu-item-has-children"><a href="/?page_id=45">แผนงาน</a><ul class="sub-menu">
 <li class="menu-item"><a href="/?page_id=45">แผนพัฒนาและแผนปฏิบัติการ</a></li>
 <li class="menu-item"><a href="/?page_id=47">ผลการดำเนินงาน</a></li></ul></li>
<li class="menu-item menu-item-has-children"><a href="/?page_id=31">จัดซื้อจัดจ้าง</a><ul class="sub-menu">
 <li class="menu-item"><a href="/?page_id=31">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></li>
 <li class="menu-item"><a href="/?page_id=33">รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี</a></li></ul></li>
<li class="menu-item"><a href="/?page_id=35">บริหารงานบุคคล</a></li>
<li class="menu-item menu-item-has-children"><a href="/?page_id=25">E-Service</a><ul class="sub-menu">
 <li class="menu-item"><a href="/?page_id=25">บริการออนไลน์</a></li>
 <li class="menu-item"><a href="/?page_id=27">ดาวน์โหลดแบบฟอร์ม</a></li>
 <li class="menu-item"><a href="/?page_id=41">คู่มือสำหรับประชาชน</a></li>
 <li class="menu-item"><a href="/eoffice/">ระบบ e-Office (เจ้าหน้าที่)</a></li></ul></li>
<li class="menu-item"><a href="https://www.facebook.com/swt2.stopcorruption" target="_blank">ร้องเรียน/แจ้งเบาะแสการทุจริต</a></li>
<li class="menu-item menu-item-has-children"><a href="/?page_id=200">ITA</a><ul class="sub-menu">
 <li class="menu-item"><a href="/?page_id=200">ITA 2569</a></li>
 <li class="menu-item"><a href="/?page_id=180">ITA 2568</a></li>
 <li class="menu-item"><a href="/?page_id=51">มาตรการป้องกันการทุจริต</a></li>
 <li class="menu-item"><a href="/?page_id=39">การจัดการเรื่องร้องเรียนการทุจริต</a></li>
 <li class="menu-item"><a href="/?page_id=37">ประมวลจริยธรรม</a></li>
 <li class="menu-item"><a href="/?page_id=49">No Gift Policy</a></li></ul></li>
<li class="menu-item"><a href="/?page_id=23">ถาม-ตอบ</a></li>
<li class="menu-item"><a href="/?page_id=21">ติดต่อเรา</a></li>
</ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<main id="main" class="site-main">
<section class="home-news"><h2>ข่าวประชาสัมพันธ์</h2><ul>
<li><a href="/?p=1212">ประชาสัมพันธ์การรับนักเรียน ปีการศึกษา ๒๕๖๙</a> <span class="date">๙ กุมภาพันธ์ ๒๕๖๙</span></li>
<li><a href="/?p=1204">สพป.สุวรรณธารา เขต ๒ จัดงานวันครู ครั้งที่ ๗๐ ประจำปี ๒๕๖๙</a> <span class="date">๑๖ มกราคม ๒๕๖๙</span></li>
<li><a href="/?p=1188">ประกาศรายชื่อผู้ผ่านการเลือกสรรพนักงานราชการ ตำแหน่งครู</a> <span class="date">๑๙ ธันวาคม ๒๕๖๘</span></li>
<li><a href="/?p=1175">ผอ.สพป. ตรวจเยี่ยมโรงเรียนขนาดเล็กในอำเภอท่าสะแก</a> <span class="date">๑๔ พฤศจิกายน ๒๕๖๘</span></li>
</ul><p><a href="/?cat=3">ดูข่าวทั้งหมด &raquo;</a></p></section>
<section class="home-banner"><h2>ลิงก์ด่วน</h2><ul>
<li><a href="/?page_id=200">การประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ ๒๕๖๙</a></li>
<li><a href="/?page_id=25">E-Service บริการออนไลน์</a></li>
<li><a href="https://www.facebook.com/swt2.stopcorruption" target="_blank">แจ้งเรื่องร้องเรียนการทุจริต (Facebook)</a></li>
<li><a href="https://www.obec.go.th/" target="_blank">สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน</a></li>
</ul></section>
</main>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label><span class="screen-reader-text">ค้นหาสำหรับ:</span>
<input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label>
<input type="submit" class="search-submit" value="ค้นหา" /></form></section>
<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">แบบสำรวจความพึงพอใจ</h2>
<div id="polls-3" class="wp-polls">
<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="9f2c1a7e44" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
<p style="text-align: center;"><strong>ท่านพึงพอใจต่อการให้บริการของ สพป.สุวรรณธารา เขต ๒ ในระดับใด</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">มากที่สุด</label></li>
<li><input type="radio" id="poll-answer-12" name="poll_3" value="12" /> <label for="poll-answer-12">มาก</label></li>
<li><input type="radio" id="poll-answer-13" name="poll_3" value="13" /> <label for="poll-answer-13">ปานกลาง</label></li>
<li><input type="radio" id="poll-answer-14" name="poll_3" value="14" /> <label for="poll-answer-14">น้อย</label></li>
</ul>
<p style="text-align: center;"><input type="button" name="vote" value="   โหวต   " class="Buttons" onclick="poll_vote(3);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="View Results Of This Poll">ดูผลโหวต</a></p>
</div></form></div></section>
<section id="loginform-2" class="widget widget_login"><h2 class="widget-title">เข้าสู่ระบบ</h2>
<form name="loginform" id="loginform" action="/wp-login.php" method="post">
<p class="login-username"><label for="user_login">ชื่อผู้ใช้</label> <input type="text" name="log" id="user_login" class="input" value="" size="20" /></p>
<p class="login-password"><label for="user_pass">รหัสผ่าน</label> <input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></p>
<p class="login-submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="เข้าสู่ระบบ" /></p>
</form></section>
<section id="newsletterwidget-2" class="widget widget_newsletterwidget"><h2 class="widget-title">รับข่าวสารทางอีเมล</h2>
<div class="tnp tnp-widget"><form method="post" action="/?na=s">
<input type="hidden" name="nlang" value="">
<div class="tnp-field tnp-field-email"><label for="tnp-1">อีเมล</label><input class="tnp-email" type="email" name="ne" id="tnp-1" value="" required></div>
<div class="tnp-field tnp-field-button"><input class="tnp-submit" type="submit" value="สมัครรับข่าวสาร"></div>
</form></div></section>
<section class="widget"><h2 class="widget-title">สถิติผู้เข้าชม</h2><p>วันนี้ ๒๑๔ | ทั้งหมด ๔๘๒,๑๑๙</p></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info">
<b>สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสุวรรณธารา เขต ๒</b><br>เลขที่ ๒๘๘ หมู่ ๕ ถนนสุวรรณธารา-ท่าสะแก ตำบลโคกกลาง อำเภอท่าสะแก จังหวัดสุวรรณธารา ๔๗๑๖๐<br>
โทรศัพท์ ๐-๔๒๗๑-๓๕๘๐ โทรสาร ๐-๔๒๗๑-๓๕๘๑ อีเมล saraban@swt2.go.th<br>
<a href="https://www.facebook.com/swt2.prd" target="_blank">Facebook</a> | <a href="https://www.youtube.com/@swt2channel" target="_blank">YouTube</a>
| <a href="/?page_id=3">นโยบายเว็บไซต์</a><br>
&copy; 2569 สพป.สุวรรณธารา เขต ๒ | Proudly powered by WordPress | Theme: Astra</div></footer>
</div>
<script src='/wp-content/plugins/wp-polls/polls-js.js?ver=2.77.2' id='wp-polls-js'></script>
</body>
</html>
