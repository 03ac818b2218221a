<!doctype html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>หน้าหลัก &#8211; เทศบาลตำบลบางน้ำเชี่ยว</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="theme-style-css" href="/wp-content/themes/tessaban/style.css?ver=1.2" media="all">
</head>
<body class="home blog">
<div id="page" class="site">
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">เทศบาลตำบลบางน้ำเชี่ยว</a></p>
<p class="site-description">อำเภอท่าเรือใหม่ จังหวัดสุพรรณบุรี</p></div>
<nav id="site-navigation" class="main-navigation">
<div class="menu-primary-container"><ul id="primary-menu" class="menu">
<li id="menu-item-10" class="menu-item menu-item-home"><a href="/">หน้าหลัก</a></li>
<li id="menu-item-11" class="menu-item menu-item-has-children"><a href="#">เกี่ยวกับเทศบาล</a>
<ul class="sub-menu">
	<li id="menu-item-13" class="menu-item"><a href="/?page_id=12">โครงสร้างส่วนราชการ</a></li>
	<li id="menu-item-15" class="menu-item"><a href="/?page_id=14">อำนาจหน้าที่</a></li>
	<li id="menu-item-17" class="menu-item"><a href="/?page_id=16">คณะผู้บริหาร</a></li>
	<li id="menu-item-19" class="menu-item"><a href="/?page_id=18">หัวหน้าส่วนราชการ</a></li>
</ul></li>
<li id="menu-item-30" class="menu-item"><a href="/?cat=3">ข่าวประชาสัมพันธ์</a></li>
<li id="menu-item-31" class="menu-item menu-item-has-children"><a href="#">บริการประชาชน</a>
<ul class="sub-menu">
	<li id="menu-item-3031" class="menu-item"><a href="/?page_id=3019">คู่มือสำหรับประชาชน</a></li>
	<li id="menu-item-3032" class="menu-item"><a href="/?page_id=3020">E-Service</a></li>
	<li id="menu-item-23" class="menu-item"><a href="/?page_id=22">ถาม-ตอบ</a></li>
	<li id="menu-item-3033" class="menu-item"><a href="/?page_id=3027">ร้องเรียนการทุจริต</a></li>
</ul></li>
<li id="menu-item-2151" class="menu-item menu-item-has-children"><a href="#">ITA</a>
<ul class="sub-menu">
	<li id="menu-item-3002" class="menu-item"><a href="/?page_id=3001">ITA ปี 2569</a></li>
	<li id="menu-item-2152" class="menu-item"><a href="/?page_id=2150">ITA ปี 2568</a></li>
</ul></li>
<li id="menu-item-21" class="menu-item"><a href="/?page_id=20">ติดต่อเรา</a></li>
</ul></div></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article class="hentry">
<header class="entry-header"><h1 class="entry-title">หน้าหลัก</h1></header>
<div class="entry-content">
<div class="wp-block-cover"><p>ยินดีต้อนรับสู่เว็บไซต์เทศบาลตำบลบางน้ำเชี่ยว</p></div>
<h2>ข่าวประชาสัมพันธ์</h2>
<ul class="wp-block-latest-posts">
<li><a href="/?p=3120">เทศบาลตำบลบางน้ำเชี่ยว รณรงค์คัดแยกขยะต้นทาง “บ้านสะอาด ชุมชนน่าอยู่” ปี 2569</a> <time>16 มีนาคม 2026</time></li>
<li><a href="/?p=3095">ประกาศรับสมัครเด็กเล็กเข้าศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2569</a> <time>2 กุมภาพันธ์ 2026</time></li>
<li><a href="/?p=3088">ประชุมรับฟังความคิดเห็นประชาชน โครงการปรับปรุงตลาดสดเทศบาล</a> <time>22 มกราคม 2026</time></li>
</ul>
<p><a href="/?cat=3">อ่านข่าวทั้งหมด</a></p>
<div class="wp-block-buttons">
<a class="wp-block-button__link" href="/?page_id=3001">ITA 2569</a>
<a class="wp-block-button__link" href="/?page_id=3027">แจ้งเรื่องร้องเรียนการทุจริต</a>
<a class="wp-block-button__link" href="/?page_id=3020">E-Service</a>
</div>
</div>
</article>
</main>
<aside id="secondary" class="widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2>
<ul>
<li><a href="/?p=3120">เทศบาลตำบลบางน้ำเชี่ยว รณรงค์คัดแยกขยะต้นทาง “บ้านสะอาด ชุมชนน่าอยู่” ปี 2569</a></li>
<li><a href="/?p=3095">ประกาศรับสมัครเด็กเล็กเข้าศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2569</a></li>
<li><a href="/?p=3088">ประชุมรับฟังความคิดเห็นประชาชน โครงการปรับปรุงตลาดสดเทศบาล</a></li>
</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
<div class="site-info">
<p>สำนักงานเทศบาลตำบลบางน้ำเชี่ยว 88/8 หมู่ที่ 2 ตำบลบางน้ำเชี่ยว อำเภอท่าเรือใหม่ จังหวัดสุพรรณบุรี 72150<br>
โทรศัพท์ 0-3555-8800 โทรสาร 0-3555-8801 อีเมล saraban@bangnamchiao.go.th</p>
<p>Copyright © 2026 เทศบาลตำบลบางน้ำเชี่ยว (สมมุติ) | Proudly powered by WordPress</p>
</div></footer>
</div>
</body>
</html>
