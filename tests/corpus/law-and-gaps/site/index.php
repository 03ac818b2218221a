<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>องค์การบริหารส่วนตำบลโนนสำราญใต้</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet" type="text/css" />
</head>
<body class="site com_content view-article">
<div class="body"><div class="container">
<header class="header"><a class="brand" href="/index.php"><img src="/images/banners/header.png" alt="องค์การบริหารส่วนตำบลโนนสำราญใต้"></a></header>
<nav class="navigation"><ul class="nav menu mod-list">
<li class="item-101 default"><a href="/index.php">หน้าหลัก</a></li>
<li class="item-102 deeper parent"><a href="#">ข้อมูลพื้นฐาน</a><ul class="nav-child unstyled small">
<li class="item-102"><a href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=102">ประวัติความเป็นมา</a></li><li class="item-103"><a href="/index.php?option=com_content&amp;view=article&amp;id=3&amp;Itemid=103">สภาพทั่วไป</a></li>
<li class="item-105"><a href="/index.php?option=com_content&amp;view=article&amp;id=5&amp;Itemid=105">โครงสร้างส่วนราชการ</a></li><li class="item-106"><a href="/index.php?option=com_content&amp;view=article&amp;id=6&amp;Itemid=106">อำนาจหน้าที่</a></li></ul></li>
<li class="item-107"><a href="/index.php?option=com_content&amp;view=article&amp;id=7&amp;Itemid=107">คณะผู้บริหาร</a></li>
<li class="item-110"><a href="/index.php?option=com_content&amp;view=category&amp;id=9&amp;Itemid=110">ข่าวประชาสัมพันธ์</a></li>
<li class="item-150 deeper parent"><a href="/index.php?option=com_content&amp;view=article&amp;id=50&amp;Itemid=150">ITA</a><ul class="nav-child unstyled small">
<li class="item-150"><a href="/index.php?option=com_content&amp;view=article&amp;id=50&amp;Itemid=150">ITA 2569</a></li><li class="item-180"><a href="/index.php?option=com_content&amp;view=article&amp;id=80&amp;Itemid=180">ITA รพ.สต.</a></li></ul></li>
<li class="item-120"><a href="/index.php?option=com_kunena&amp;view=category&amp;catid=2&amp;Itemid=120">กระดานถาม-ตอบ</a></li>
<li class="item-108"><a href="/index.php?option=com_content&amp;view=article&amp;id=8&amp;Itemid=108">ติดต่อเรา</a></li>
</ul></nav>
<div class="row-fluid"><aside id="sidebar-left">
<div class="moduletable"><h3>นายก อบต.</h3><p><img src="/images/banners/nayok.jpg" alt="นายก อบต."><br>นายสมศักดิ์ บุญประเสริฐ<br>นายกองค์การบริหารส่วนตำบลโนนสำราญใต้</p></div>
<div class="moduletable"><h3>เมนูหลัก</h3><ul class="menu">
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=50&amp;Itemid=150">การประเมินคุณธรรมและความโปร่งใส ITA 2569</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=67&amp;Itemid=167">ร้องเรียนการทุจริต</a></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=60&amp;Itemid=160">E-Service</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=59&amp;Itemid=159">คู่มือสำหรับประชาชน</a></li></ul></div>
</aside>
<main id="content" role="main" class="span9">
<div class="item-page"><div class="page-header"><h2 itemprop="headline">องค์การบริหารส่วนตำบลโนนสำราญใต้</h2></div>
<div itemprop="articleBody">
<div class="moduletable"><h3>ข่าวประชาสัมพันธ์</h3><ul><li><a href="/index.php?option=com_content&amp;view=article&amp;id=104&amp;Itemid=110">อบต.โนนสำราญใต้ จัดโครงการส่งเสริมอาชีพการทอผ้าไหมลายพื้นเมือง ประจำปี 2569</a> <small>16 มีนาคม 2569</small></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=103&amp;Itemid=110">ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569 ภายในเดือนเมษายน</a> <small>27 กุมภาพันธ์ 2569</small></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=102&amp;Itemid=110">อบต.โนนสำราญใต้ จัดประชุมประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น</a> <small>14 มกราคม 2569</small></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=101&amp;Itemid=110">ขอเชิญร่วมกิจกรรมวันพ่อแห่งชาติ 5 ธันวาคม 2568</a> <small>5 ธันวาคม 2568</small></li></ul><p><a href="/index.php?option=com_content&amp;view=category&amp;id=9&amp;Itemid=110">ข่าวทั้งหมด</a></p></div><div class="moduletable"><p><a href="/index.php?option=com_content&amp;view=article&amp;id=50&amp;Itemid=150"><img src="/images/banners/ita2569.png" alt="ITA 2569"></a> <a href="/index.php?option=com_content&amp;view=article&amp;id=80&amp;Itemid=180">ITA รพ.สต.บ้านโนนสำราญ (MOIT)</a></p></div>
</div></div></main></div>
<footer id="footer"><p>องค์การบริหารส่วนตำบลโนนสำราญใต้ อำเภอนางรอง จังหวัดบุรีรัมย์ หมู่ที่ 7 ตำบลโนนสำราญใต้ อำเภอนางรอง จังหวัดบุรีรัมย์ 31110</p><p>โทรศัพท์/โทรสาร 044-631-552 อีเมล nonsamrantai@hotmail.com</p>
<p>Copyright © 2569 อบต.โนนสำราญใต้ | Joomla!</p></footer>
</div></div>
</body>
</html>
