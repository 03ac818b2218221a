<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>หน้าหลัก - สำนักงานแรงงานจังหวัดทุ่งทองคำ</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet" />
</head>
<body class="site com_content view-article">
<div class="body"><div class="container">
<header class="header"><a class="brand pull-left" href="/index.php"><img src="/images/logo-mol.png" alt="" /> <span class="site-title">สำนักงานแรงงานจังหวัดทุ่งทองคำ</span></a>
<div class="header-search pull-right"><form action="/index.php" method="get" class="form-inline"><input name="searchword" type="search" placeholder="ค้นหา..." /><input type="hidden" name="option" value="com_search" /></form></div></header>
<nav class="navbar"><ul class="nav menu mod-list">
<li class="item-101 default"><a href="/index.php">หน้าหลัก</a></li>
<li class="item-105 deeper parent"><a href="#">เกี่ยวกับหน่วยงาน</a><ul class="nav-child unstyled small">
<li class="item-101"><a href="/index.php?option=com_content&amp;view=article&amp;id=10&amp;Itemid=101">ประวัติความเป็นมา</a></li>
<li class="item-102"><a href="/index.php?option=com_content&amp;view=article&amp;id=11&amp;Itemid=102">วิสัยทัศน์ พันธกิจ</a></li>
<li class="item-103"><a href="/index.php?option=com_content&amp;view=article&amp;id=12&amp;Itemid=103">โครงสร้างและอำนาจหน้าที่</a></li>
<li class="item-104"><a href="/index.php?option=com_content&amp;view=article&amp;id=13&amp;Itemid=104">ทำเนียบผู้บริหาร</a></li></ul></li>
<li class="item-110"><a href="/index.php?option=com_content&amp;view=category&amp;layout=blog&amp;id=8&amp;Itemid=110">ข่าวประชาสัมพันธ์</a></li>
<li class="item-120 deeper parent"><a href="#">คู่มือ</a><ul class="nav-child unstyled small">
<li class="item-121"><a href="/index.php?option=com_content&amp;view=article&amp;id=31&amp;Itemid=121">คู่มือการปฏิบัติงาน</a></li>
<li class="item-122"><a href="/index.php?option=com_content&amp;view=article&amp;id=32&amp;Itemid=122">คู่มือสำหรับประชาชน</a></li></ul></li>
<li class="item-123"><a href="/index.php?option=com_content&amp;view=article&amp;id=33&amp;Itemid=123">e-Service</a></li>
<li class="item-140"><a href="/index.php?option=com_ita&amp;view=oit&amp;Itemid=140">ITA</a></li>
<li class="item-130"><a href="/index.php?option=com_content&amp;view=article&amp;id=40&amp;Itemid=130">ร้องเรียนการทุจริต</a></li>
<li class="item-160"><a href="/index.php?option=com_kunena&amp;view=category&amp;catid=2&amp;Itemid=160">ถาม-ตอบ</a></li>
<li class="item-150"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=150">ติดต่อเรา</a></li>
</ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page"><div class="page-header"><h2 itemprop="headline">หน้าหลัก</h2></div>
<div class="banner-ita"><a href="/index.php?option=com_ita&amp;view=oit&amp;Itemid=140"><img src="/images/banners/ita2568.png" alt="ITA 2568 การประเมินคุณธรรมและความโปร่งใส" /></a></div>
<div class="blog-featured"><h3>ข่าวประชาสัมพันธ์</h3><ul class="latestnews">
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=123:news&amp;catid=8&amp;Itemid=110">ประชาสัมพันธ์ตำแหน่งงานว่างในจังหวัดทุ่งทองคำ ประจำเดือนเมษายน 2569</a> <small>(2 เมษายน 2569)</small></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=121:news&amp;catid=8&amp;Itemid=110">ลงพื้นที่ให้ความรู้ด้านความปลอดภัยในการทำงานแก่แรงงานนอกระบบ อำเภอศรีสำโรงทอง</a> <small>(5 มีนาคม 2569)</small></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=120:news&amp;catid=8&amp;Itemid=110">ประชุมคณะอนุกรรมการพัฒนาแรงงานและประสานงานด้านแรงงานจังหวัดทุ่งทองคำ ครั้งที่ 1/2569 เปิดรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย</a> <small>(12 กุมภาพันธ์ 2569)</small></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=122:news&amp;catid=8&amp;Itemid=110">กิจกรรมเสริมสร้างความรู้ หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา (มาตรา 128) และนโยบาย No Gift Policy</a> <small>(20 มกราคม 2569)</small></li>
</ul>
<p><a href="/index.php?option=com_content&amp;view=category&amp;layout=blog&amp;id=8&amp;Itemid=110">ข่าวทั้งหมด</a></p></div>
<div class="moduletable quick"><h3>บริการประชาชน</h3><ul>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=33&amp;Itemid=123">e-Service ดาวน์โหลดแบบฟอร์ม</a></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=40&amp;Itemid=130">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>
<li><a href="/index.php?option=com_kunena&amp;view=category&amp;catid=2&amp;Itemid=160">กระดานถาม-ตอบ</a></li></ul></div>
</div></main>
<div id="aside" class="span3"><div class="moduletable"><h3>ลิงก์หน่วยงาน</h3><ul>
<li><a href="https://www.mol.go.th/">กระทรวงแรงงาน</a></li><li><a href="https://www.doe.go.th/">กรมการจัดหางาน</a></li>
<li><a href="https://www.sso.go.th/">สำนักงานประกันสังคม</a></li><li><a href="/index.php?option=com_xmap&amp;view=html&amp;id=1&amp;Itemid=199">ผังเว็บไซต์</a></li></ul></div></div>
</div></div></div>
<footer class="footer"><div class="container"><p>สำนักงานแรงงานจังหวัดทุ่งทองคำ ศาลากลางจังหวัดทุ่งทองคำ ชั้น 2 ถนนสิงหวัฒน์ ตำบลธานี อำเภอเมืองทุ่งทองคำ จังหวัดทุ่งทองคำ 64199<br />โทรศัพท์ 0 5541 1234 โทรสาร 0 5541 1235 อีเมล tungthongkham@mol.go.th</p>
<p>&copy; 2569 สำนักงานแรงงานจังหวัดทุ่งทองคำ</p></div></footer>
</body>
</html>
