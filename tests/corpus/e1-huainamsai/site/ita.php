<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) :: เทศบาลตำบลห้วยน้ำใส</title>
<meta name="description" content="เว็บไซต์ทางการเทศบาลตำบลห้วยน้ำใส">
<meta name="generator" content="LocalGov CMS 4.2">
<link rel="stylesheet" href="/themes/default/style.css">
<script src="/themes/default/menu.js"></script>
</head>
<body>
<div id="header"><a href="/index.php"><img src="/images/header.png" alt="เทศบาลตำบลห้วยน้ำใส" width="980"></a></div>
<div id="nav"><ul id="topnav" class="sf-menu">
<li><a href="/index.php">หน้าแรก</a></li>
<li class="dropdown"><a href="javascript:void(0)">เกี่ยวกับเรา <span class="caret"></span></a><ul class="submenu">
<li><a href="/index.php?mod=content&amp;id=1">ประวัติความเป็นมา</a></li>
<li><a href="/index.php?mod=content&amp;id=2">วิสัยทัศน์ / พันธกิจ</a></li>
<li><a href="/index.php?mod=content&amp;id=3">สภาพทั่วไปและข้อมูลพื้นฐาน</a></li>
<li><a href="/index.php?mod=content&amp;id=4">โครงสร้างส่วนราชการ</a></li>
<li><a href="/index.php?mod=content&amp;id=5">อำนาจหน้าที่</a></li>
<li><a href="/index.php?mod=content&amp;id=6">ติดต่อเรา</a></li>
</ul></li>
<li class="dropdown"><a href="javascript:void(0)">ข้อมูลบุคลากร <span class="caret"></span></a><ul class="submenu">
<li><a href="/index.php?mod=personnel&amp;group=1">คณะผู้บริหาร</a></li>
<li><a href="/index.php?mod=personnel&amp;group=2">สมาชิกสภาเทศบาล</a></li>
<li><a href="/index.php?mod=personnel&amp;group=3">หัวหน้าส่วนราชการ</a></li>
<li><a href="/index.php?mod=personnel&amp;group=4">สำนักปลัดเทศบาล</a></li>
<li><a href="/index.php?mod=personnel&amp;group=5">กองคลัง</a></li>
<li><a href="/index.php?mod=personnel&amp;group=6">กองช่าง</a></li>
</ul></li>
<li class="dropdown"><a href="javascript:void(0)">แผนงาน <span class="caret"></span></a><ul class="submenu">
<li><a href="/index.php?mod=doc&amp;cat=1">แผนพัฒนาท้องถิ่น</a></li>
<li><a href="/index.php?mod=doc&amp;cat=2">แผนการดำเนินงาน</a></li>
<li><a href="/index.php?mod=doc&amp;cat=3">รายงานผลการดำเนินงาน / ติดตามประเมินผล</a></li>
<li><a href="/index.php?mod=doc&amp;cat=10">การบริหารงานบุคคล</a></li>
<li><a href="/index.php?mod=doc&amp;cat=12">การป้องกันการทุจริต</a></li>
</ul></li>
<li class="dropdown"><a href="javascript:void(0)">งบประมาณ <span class="caret"></span></a><ul class="submenu">
<li><a href="/index.php?mod=doc&amp;cat=4">เทศบัญญัติงบประมาณรายจ่าย</a></li>
<li><a href="/index.php?mod=doc&amp;cat=11">รายงานการเงิน / งบแสดงฐานะการเงิน</a></li>
</ul></li>
<li class="dropdown"><a href="javascript:void(0)">จัดซื้อจัดจ้าง <span class="caret"></span></a><ul class="submenu">
<li><a href="/index.php?mod=doc&amp;cat=5">แผนการจัดซื้อจัดจ้าง / ประกาศ</a></li>
<li><a href="/index.php?mod=doc&amp;cat=6">สรุปผลการจัดซื้อจัดจ้าง (สขร.1)</a></li>
<li><a href="/index.php?mod=doc&amp;cat=7">รายงานผลการจัดซื้อจัดจ้างประจำปี</a></li>
<li><a href="http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch" target="_blank">ระบบ e-GP กรมบัญชีกลาง</a></li>
</ul></li>
<li class="dropdown"><a href="javascript:void(0)">ข่าวสาร <span class="caret"></span></a><ul class="submenu">
<li><a href="/index.php?mod=news&amp;cat=1">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/index.php?mod=doc&amp;cat=13">ประกาศ / คำสั่ง</a></li>
</ul></li>
<li class="dropdown"><a href="javascript:void(0)">บริการประชาชน <span class="caret"></span></a><ul class="submenu">
<li><a href="/index.php?mod=eservice">E-Service ยื่นคำร้องออนไลน์</a></li>
<li><a href="/index.php?mod=doc&amp;cat=9">คู่มือสำหรับประชาชน</a></li>
<li><a href="/index.php?mod=doc&amp;cat=8">คู่มือการปฏิบัติงาน</a></li>
<li><a href="/index.php?mod=webboard">กระดานถาม-ตอบ (Q&amp;A)</a></li>
<li><a href="/index.php?mod=complain">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="/index.php?mod=content&amp;id=9">กฎหมายที่เกี่ยวข้อง</a></li>
<li><a href="/index.php?mod=content&amp;id=7">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li>
</ul></li>
<li class="dropdown"><a href="javascript:void(0)">ITA <span class="caret"></span></a><ul class="submenu">
<li><a href="/ita.php?year=2569">ITA 2569 (การเปิดเผยข้อมูลสาธารณะ OIT)</a></li>
<li><a href="/ita.php?year=2568">ITA 2568</a></li>
<li><a href="/index.php?mod=content&amp;id=10">ประมวลจริยธรรม</a></li>
<li><a href="https://itas.nacc.go.th/go/eit/5p9ndw" target="_blank">แบบวัด EIT (ITAS)</a></li>
</ul></li>
</ul></div>
<div id="wrapper">
<div id="leftcol">
<div class="box"><div class="box-head">ผู้บริหาร</div>
<div class="box-body center"><img src="/uploads/personnel/p1.jpg" width="90" alt="นายกเทศมนตรี"><br>
นายสมบัติ ศรีวงศ์ษา<br><small>นายกเทศมนตรีตำบลห้วยน้ำใส</small><br><small>สายตรงนายกฯ 08-1760-2451</small></div></div>
<div class="box"><div class="box-head">เมนูหลัก</div><ul class="leftmenu">
<li><a href="/ita.php?year=2569"><img src="/images/banner_ita2569.png" alt="ITA 2569" width="200"></a></li>
<li><a href="/index.php?mod=news&amp;cat=1">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/index.php?mod=eservice">E-Service ยื่นคำร้องออนไลน์</a></li>
<li><a href="/index.php?mod=webboard">กระดานถาม-ตอบ</a></li>
<li><a href="/index.php?mod=complain">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="/index.php?mod=doc&amp;cat=9">คู่มือสำหรับประชาชน</a></li>
<li><a href="/index.php?mod=doc&amp;cat=6">ผลการจัดซื้อจัดจ้าง</a></li>
<li><a href="/index.php?mod=content&amp;id=6">ติดต่อเรา</a></li>
</ul></div>
<div class="box"><div class="box-head">ลิงก์หน่วยงาน</div><ul class="leftmenu">
<li><a href="https://www.dla.go.th" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.nacc.go.th" target="_blank">สำนักงาน ป.ป.ช.</a></li>
<li><a href="http://www.info.go.th" target="_blank">ศูนย์ข้อมูลข่าวสารอิเล็กทรอนิกส์ของราชการ</a></li>
<li><a href="https://www.gprocurement.go.th" target="_blank">ระบบจัดซื้อจัดจ้างภาครัฐ</a></li>
<li><a href="https://www.1111.go.th" target="_blank">ศูนย์บริการประชาชน 1111</a></li>
</ul></div>
<div class="box"><div class="box-head">สถิติผู้เข้าชม</div><div class="box-body counter">
<span class="digit">0</span><span class="digit">1</span><span class="digit">8</span><span class="digit">4</span><span class="digit">5</span><span class="digit">2</span><span class="digit">1</span>
<br><small>วันนี้ 57 | เมื่อวาน 112 | เดือนนี้ 2,314 | ทั้งหมด 184,521</small><br><small>เริ่มนับ 1 มกราคม 2560</small></div></div>
</div>
<div id="content">
<div class="breadcrumb"><a href="/index.php">หน้าแรก</a> &raquo; ITA</div>
<h2 class="page-title">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)</h2>

<ul><li><a href="/ita.php?year=2569">ITA ประจำปีงบประมาณ พ.ศ. 2569</a></li>
<li><a href="/ita.php?year=2568">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li></ul>
</div>
<div class="clear"></div>
</div>
<div id="footer"><div class="container">
<p><b>เทศบาลตำบลห้วยน้ำใส อำเภอหนองแสงทอง จังหวัดมหาสารคาม</b><br>เลขที่ 99 หมู่ที่ 3 ตำบลห้วยน้ำใส อำเภอหนองแสงทอง จังหวัดมหาสารคาม 44170<br>โทรศัพท์ 0-4372-1234 &nbsp; โทรสาร 0-4372-1235 &nbsp; E-mail: saraban@huainamsai.go.th</p>
<p>เวลาทำการ วันจันทร์ – วันศุกร์ 08.30 – 16.30 น. (เว้นวันหยุดราชการ)</p>
<p class="credit">Copyright &copy; 2560–2569 เทศบาลตำบลห้วยน้ำใส สงวนลิขสิทธิ์ | ออกแบบและพัฒนาระบบโดย
<a href="https://www.localgovweb.co.th" target="_blank">บริษัท ท้องถิ่นดิจิทัล จำกัด (LocalGov CMS v4.2)</a></p>
</div></div>
</body>
</html>
