<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ส่งความคิดเห็นแล้ว – องค์การบริหารส่วนตำบลโนนสะอาดทอง</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" href="/wp-content/themes/astra/assets/css/minified/main.min.css">
</head>
<body class="page">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2565/06/logo-banner.png" alt="องค์การบริหารส่วนตำบลโนนสะอาดทอง"></a>
<p class="site-title"><a href="/">องค์การบริหารส่วนตำบลโนนสะอาดทอง</a></p><p class="site-description">อำเภอห้วยเม็กใหม่ จังหวัดขอนแก่น</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">หน้าหลัก</a>
</li>
<li class="menu-item menu-item-has-children"><a href="#">ข้อมูลพื้นฐาน</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/?page_id=5">ประวัติและสภาพทั่วไป</a></li>
<li class="menu-item"><a href="/?page_id=7">โครงสร้างส่วนราชการ</a></li>
<li class="menu-item"><a href="/?page_id=9">อำนาจหน้าที่</a></li>
<li class="menu-item"><a href="/?page_id=11">คณะผู้บริหาร</a></li>
<li class="menu-item"><a href="/?page_id=13">สมาชิกสภา อบต.</a></li>
<li class="menu-item"><a href="/?page_id=15">ติดต่อเรา</a></li>
</ul>
</li>
<li class="menu-item menu-item-has-children"><a href="#">บุคลากร</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/?page_id=21">ทำเนียบบุคลากร</a></li>
<li class="menu-item"><a href="/?page_id=23">การบริหารและพัฒนาทรัพยากรบุคคล</a></li>
<li class="menu-item"><a href="/?page_id=25">ประมวลจริยธรรม</a></li>
</ul>
</li>
<li class="menu-item menu-item-has-children"><a href="#">แผนพัฒนา</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/?page_id=31">แผนพัฒนาท้องถิ่น</a></li>
<li class="menu-item"><a href="/?page_id=33">แผนการดำเนินงาน</a></li>
<li class="menu-item"><a href="/?page_id=35">รายงานผลการดำเนินงาน</a></li>
<li class="menu-item"><a href="/?page_id=75">แผนป้องกันการทุจริต</a></li>
</ul>
</li>
<li class="menu-item menu-item-has-children"><a href="#">งบประมาณ</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/?page_id=41">ข้อบัญญัติงบประมาณ</a></li>
</ul>
</li>
<li class="menu-item menu-item-has-children"><a href="#">จัดซื้อจัดจ้าง</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/?page_id=51">แผนการจัดซื้อจัดจ้าง</a></li>
<li class="menu-item"><a href="/?cat=5">ประกาศจัดซื้อจัดจ้าง</a></li>
<li class="menu-item"><a href="/?page_id=53">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></li>
<li class="menu-item"><a href="/?page_id=55">รายงานผลการจัดซื้อจัดจ้างประจำปี</a></li>
</ul>
</li>
<li class="menu-item menu-item-has-children"><a href="#">ข่าว</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/?cat=2">ข่าวประชาสัมพันธ์</a></li>
<li class="menu-item"><a href="/?cat=5">ประกาศจัดซื้อจัดจ้าง</a></li>
</ul>
</li>
<li class="menu-item menu-item-has-children"><a href="#">บริการ</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/?page_id=61">คู่มือสำหรับประชาชน</a></li>
<li class="menu-item"><a href="/?page_id=63">คู่มือการปฏิบัติงาน</a></li>
<li class="menu-item"><a href="/?page_id=65">ดาวน์โหลดแบบฟอร์ม</a></li>
<li class="menu-item"><a href="/?page_id=67">ร้องเรียน/ร้องทุกข์</a></li>
<li class="menu-item"><a href="/?page_id=69">ร้องเรียนการทุจริต</a></li>
<li class="menu-item"><a href="/?page_id=17">กระดานถาม-ตอบ</a></li>
</ul>
</li>
<li class="menu-item menu-item-has-children"><a href="#">ITA</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/?page_id=71">ITA 2569</a></li>
<li class="menu-item"><a href="/?page_id=73">ITA 2568</a></li>
</ul>
</li>
</ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article><header class="entry-header"><h1 class="entry-title">ส่งความคิดเห็นแล้ว</h1></header>
<div class="entry-content">
<p>ขอบคุณค่ะ คำถามของท่านอยู่ระหว่างรอการตรวจสอบ เจ้าหน้าที่จะตอบกลับโดยเร็ว</p><p><a href="/?page_id=17">กลับไปหน้ากระดานถาม-ตอบ</a></p>
</div></article>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label>ค้นหา: <input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="ค้นหา"></form></section>
<section class="widget widget_media_image"><h2 class="widget-title">นายก อบต.</h2>
<img src="/wp-content/uploads/2568/11/mayor.jpg" width="90" alt="นายสมบัติ ศรีวงษ์ชัย"><p>นายสมบัติ ศรีวงษ์ชัย<br>นายกองค์การบริหารส่วนตำบลโนนสะอาดทอง</p></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul><li><a href="/?p=204">ประชุมสภาองค์การบริหารส่วนตำบล สมัยสามัญ</a></li><li><a href="/?p=201">กิจกรรมรณรงค์ป้องกันไข้เลือดออก ประจำปี 2569</a></li><li><a href="/?p=199">ออกหน่วยบริการรับชำระภาษีนอกสถานที่</a></li><li><a href="/?p=198">โครงการอบรมคุณธรรมจริยธรรมผู้บริหาร สมาชิกสภา และพนักงาน ประจำปี 2569</a></li><li><a href="/?p=195">โครงการอบรมอาสาสมัครป้องกันไฟป่า</a></li></ul></section>
<section class="widget widget_links"><h2 class="widget-title">ลิงก์หน่วยงาน</h2><ul>
<li><a href="/?page_id=71">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></li>
<li><a href="https://itas.nacc.go.th/" target="_blank">ระบบ ITAS สำนักงาน ป.ป.ช.</a></li>
<li><a href="https://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.gprocurement.go.th/" target="_blank">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></li>
<li><a href="https://www.info.go.th/" target="_blank">ศูนย์ข้อมูลข่าวสารของราชการ</a></li>
<li><a href="https://www.facebook.com/nonsaatthong.sao" target="_blank">Facebook อบต.โนนสะอาดทอง</a></li>
</ul></section>
<section class="widget widget_text"><h2 class="widget-title">สถิติผู้เข้าชม</h2><p>วันนี้ 57 | เดือนนี้ 1,482 | ทั้งหมด 148,907</p></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info">
<p><strong>องค์การบริหารส่วนตำบลโนนสะอาดทอง</strong><br>เลขที่ 99 หมู่ที่ 4 ตำบลโนนสะอาดทอง อำเภอห้วยเม็กใหม่ จังหวัดขอนแก่น 40170<br>โทรศัพท์ 043-008-419 โทรสาร 043-008-420<br>อีเมล saraban@nonsaatthong.go.th (สารบรรณ)</p>
<p>เวลาทำการ วันจันทร์ – วันศุกร์ 08.30 – 16.30 น. (เว้นวันหยุดราชการ)</p>
<p><a href="/?page_id=81">นโยบายเว็บไซต์</a> | <a href="/?page_id=83">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/?page_id=15">ติดต่อเรา</a></p>
<p>Copyright © 2565 – 2569 องค์การบริหารส่วนตำบลโนนสะอาดทอง | Theme: Astra by Brainstorm Force | Proudly powered by WordPress</p>
</div></footer>
</div>
</body>
</html>
