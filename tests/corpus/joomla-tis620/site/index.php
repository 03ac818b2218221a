<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th">
<head>
<meta http-equiv="content-type" content="text/html; charset=tis-620" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>หน้าแรก - จังหวัดภูผาหลวง</title>
<link rel="stylesheet" href="/templates/phupha/css/template.css" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="header"><h1>จังหวัดภูผาหลวง</h1><p>สำนักงานจังหวัดภูผาหลวง</p></div>
<div id="left">
<div id="mainmenu" class="moduletable_menu">
<ul class="menu">
<li class="item-101"><a href="/index.php">หน้าแรก</a></li>
<li class="item-102 deeper parent"><a href="#">ข้อมูลจังหวัด</a><ul>
<li class="item-103"><a href="/index.php?option=com_content&amp;view=article&amp;id=12&amp;Itemid=102">โครงสร้างการบริหารราชการจังหวัด</a></li>
<li class="item-104"><a href="/index.php?option=com_content&amp;view=article&amp;id=13&amp;Itemid=103">ทำเนียบผู้บริหาร</a></li>
<li class="item-106"><a href="/index.php?option=com_content&amp;view=article&amp;id=14&amp;Itemid=104">ติดต่อเรา</a></li></ul></li>
<li class="item-105"><a href="/index.php?option=com_content&amp;view=category&amp;layout=blog&amp;id=8&amp;Itemid=105">ข่าวประชาสัมพันธ์</a></li>
<li class="item-130 deeper parent"><a href="#">ศูนย์ดำรงธรรม</a><ul>
<li class="item-131"><a href="/index.php?option=com_content&amp;view=article&amp;id=49&amp;Itemid=131">คู่มือสำหรับประชาชน</a></li>
<li class="item-132"><a href="/index.php?option=com_content&amp;view=article&amp;id=57&amp;Itemid=132">ร้องเรียนการทุจริต</a></li>
<li class="item-133"><a href="/index.php?option=com_content&amp;view=article&amp;id=50&amp;Itemid=133">บริการอิเล็กทรอนิกส์ (E-Service)</a></li></ul></li>
<li class="item-120 deeper parent"><a href="/index.php?option=com_content&amp;view=article&amp;id=45&amp;Itemid=120">ITA</a><ul>
<li class="item-121"><a href="/index.php?option=com_content&amp;view=article&amp;id=45&amp;Itemid=120">การเปิดเผยข้อมูลสาธารณะ (OIT) ๒๕๖๙</a></li></ul></li>
<li class="item-150"><a href="/index.php?option=com_kunena&amp;view=category&amp;catid=2&amp;Itemid=150">กระดานถาม-ตอบ</a></li>
</ul></div>
</div>
<div id="main">
<div class="item-page">
<h2>หน้าแรก</h2>
<div class="blog-featured">
<p>ยินดีต้อนรับสู่เว็บไซต์จังหวัดภูผาหลวง "เมืองแห่งขุนเขา ชาวประชาร่วมใจ เศรษฐกิจมั่นคง"</p>
<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3>
<ul>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=61&amp;Itemid=105">ผู้ว่าราชการจังหวัดภูผาหลวง เปิดงานเทศกาลดอกไม้งามภูผาหลวง ประจำปี ๒๕๖๙</a></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=58&amp;Itemid=105">จังหวัดภูผาหลวงประชุมกรมการจังหวัด ประจำเดือนกุมภาพันธ์ ๒๕๖๙</a></li>
</ul>
<p><a href="/index.php?option=com_content&amp;view=article&amp;id=45&amp;Itemid=120">ITA ๒๕๖๙ การเปิดเผยข้อมูลสาธารณะ</a> | <a href="/index.php?option=com_content&amp;view=article&amp;id=57&amp;Itemid=132">แจ้งเรื่องร้องเรียนการทุจริต</a></p>
</div>
</div>
</div>
<div id="footer">
<p>สำนักงานจังหวัดภูผาหลวง ศาลากลางจังหวัดภูผาหลวง ถนนราชดำเนิน ตำบลในเมือง อำเภอเมืองภูผาหลวง จังหวัดภูผาหลวง ๕๘๐๐๐<br>
โทรศัพท์ ๐-๕๓๖๑-๑๒๓๔ โทรสาร ๐-๕๓๖๑-๑๒๓๕ อีเมล phuphaluang@moi.go.th</p>
<p>Copyright &copy; ๒๕๖๙ สำนักงานจังหวัดภูผาหลวง (ข้อมูลสมมุติ) - Powered by Joomla!</p>
</div>
</div>
</body>
</html>
