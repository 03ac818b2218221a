<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>หน้าหลัก - สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดศรีวารินทร์</title>
<link href="/templates/msociety/css/template.css" rel="stylesheet">
</head>
<body class="site com_content view-article">
<div class="body"><div class="container">
<header class="header" role="banner">
 <div class="header-inner clearfix">
  <a class="brand pull-left" href="/index.php"><img src="/images/logo-msociety.png" alt="สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดศรีวารินทร์">
  <span class="site-title">สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดศรีวารินทร์</span><span class="site-description">Sriwarin Provincial Office of Social Development and Human Security</span></a>
 </div>
</header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">
<li class="active deeper parent"><a href="/index.php">หน้าหลัก</a></li>
<li class="deeper parent"><a href="#">เกี่ยวกับหน่วยงาน</a><ul class="nav-child unstyled small"><li><a href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=102">ประวัติความเป็นมา</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=3&amp;Itemid=103">วิสัยทัศน์ พันธกิจ</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=4&amp;Itemid=104">โครงสร้างหน่วยงาน</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=5&amp;Itemid=105">อำนาจหน้าที่</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=6&amp;Itemid=106">ทำเนียบผู้บริหาร</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=7&amp;Itemid=107">กฎหมายที่เกี่ยวข้อง</a></li></ul></li>
<li class="deeper parent"><a href="#">ข่าวสาร</a><ul class="nav-child unstyled small"><li><a href="/index.php?option=com_content&amp;view=category&amp;id=8&amp;Itemid=110">ข่าวประชาสัมพันธ์/กิจกรรม</a></li><li><a href="/index.php?option=com_content&amp;view=category&amp;id=9&amp;Itemid=111">ข่าวจัดซื้อจัดจ้าง</a></li></ul></li>
<li class="deeper parent"><a href="#">บริการประชาชน</a><ul class="nav-child unstyled small"><li><a href="/index.php?option=com_phocadownload&amp;view=category&amp;id=2&amp;Itemid=130">ดาวน์โหลดเอกสาร/คู่มือประชาชน</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=40&amp;Itemid=131">บริการออนไลน์ (E-Service)</a></li></ul></li>
<li class="deeper parent"><a href="/index.php?option=com_content&amp;view=article&amp;id=300&amp;Itemid=140">ITA</a><ul class="nav-child unstyled small"><li><a href="/index.php?option=com_content&amp;view=article&amp;id=301&amp;Itemid=141">การประเมินคุณธรรมและความโปร่งใส ITA 2569</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=260&amp;Itemid=142">ITA 2568</a></li></ul></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=45&amp;Itemid=150">ร้องเรียนการทุจริต</a></li>
<li><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=160">ติดต่อเรา</a></li>
</ul></nav>

<div class="row-fluid">
<main id="content" role="main" class="span9">
<div class="moduletable slideshow"><img src="/images/banners/ita2569.png" alt="ITA 2569"></div>
<div class="moduletable"><h3>ข่าวประชาสัมพันธ์ล่าสุด</h3><ul class="latestnews"><li><a href="/index.php?option=com_content&amp;view=article&amp;id=1046&amp;Itemid=110">ลงพื้นที่เยี่ยมครัวเรือนเปราะบางตามระบบ TPMAP อำเภอหนองบัวทอง</a> <span class="date">(12 พ.ค. 69)</span></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=1045&amp;Itemid=110">ประชาสัมพันธ์ช่องทางการยื่นคำร้องขอรับความช่วยเหลือออนไลน์</a> <span class="date">(7 พ.ค. 69)</span></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=1044&amp;Itemid=110">มอบกายอุปกรณ์และเงินสงเคราะห์คนพิการ อำเภอเมืองศรีวารินทร์</a> <span class="date">(30 เม.ย. 69)</span></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=1043&amp;Itemid=110">ประชุมคณะอนุกรรมการคุ้มครองเด็กจังหวัดศรีวารินทร์ ครั้งที่ 1/2569</a> <span class="date">(23 เม.ย. 69)</span></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=1042&amp;Itemid=110">กิจกรรมวันผู้สูงอายุแห่งชาติ และสืบสานประเพณีสงกรานต์ ปี ๒๕๖๙</a> <span class="date">(9 เม.ย. 69)</span></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=1041&amp;Itemid=110">ร่วมพิธีวันข้าราชการพลเรือน 1 เมษายน 2569</a> <span class="date">(2 เม.ย. 69)</span></li></ul>
<p><a href="/index.php?option=com_content&amp;view=category&amp;id=8&amp;Itemid=110">ดูข่าวทั้งหมด &raquo;</a></p></div>
<div class="moduletable"><h3>บริการประชาชน</h3><ul>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=40&amp;Itemid=131"><img src="/images/banners/eservice.png" alt="E-Service"> บริการออนไลน์ (E-Service)</a></li>
<li><a href="/index.php?option=com_phocadownload&amp;view=category&amp;id=2&amp;Itemid=130">ดาวน์โหลดคู่มือสำหรับประชาชน / แบบฟอร์ม</a></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=45&amp;Itemid=150">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>
</ul></div>
<div class="moduletable"><h3>การประเมินคุณธรรมและความโปร่งใส</h3><ul>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=301&amp;Itemid=141">ITA ปีงบประมาณ พ.ศ. 2569 (OIT)</a></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=260&amp;Itemid=142">ITA ปีงบประมาณ พ.ศ. 2568</a></li></ul></div>
<div class="moduletable"><h3>ข่าวจัดซื้อจัดจ้าง</h3><p><a href="/index.php?option=com_content&amp;view=category&amp;id=9&amp;Itemid=111">ประกาศจัดซื้อจัดจ้าง</a> | <a href="http://www.gprocurement.go.th">ระบบ e-GP</a></p></div>
</main>
<div id="aside" class="span3">
 <div class="moduletable"><h3>ลิงก์หน่วยงาน</h3><ul>
  <li><a href="https://www.m-society.go.th">กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์</a></li>
  <li><a href="https://www.dsdw.go.th">กรมพัฒนาสังคมและสวัสดิการ</a></li>
  <li><a href="https://www.dcy.go.th">กรมกิจการเด็กและเยาวชน</a></li>
  <li><a href="https://www.dop.go.th">กรมกิจการผู้สูงอายุ</a></li>
  <li><a href="https://dep.go.th">กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ</a></li>
 </ul></div>
 <div class="moduletable"><a href="/index.php?option=com_content&view=article&id=301&Itemid=141"><img src="/images/banners/ita2569.png" alt="ITA 2569"></a></div>
 <div class="moduletable"><a href="/index.php?option=com_content&view=article&id=45&Itemid=150"><img src="/images/banners/complaint.png" alt="แจ้งเรื่องร้องเรียนการทุจริต"></a></div>
 <div class="moduletable"><img src="/images/banners/hotline1300.png" alt="ศูนย์ช่วยเหลือสังคม สายด่วน 1300"></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container">
<p>สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดศรีวารินทร์<br>ศาลากลางจังหวัดศรีวารินทร์ (หลังใหม่) ชั้น 2 ถนนศรีวารินทร์-โนนสะอาด ตำบลในเมือง อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ 44990<br>
โทรศัพท์ 0 4461 2345 โทรสาร 0 4461 2346 อีเมล sriwarin@m-society.go.th<br>
ศูนย์ช่วยเหลือสังคม สายด่วน 1300 ตลอด 24 ชั่วโมง</p>
<p>&copy; 2569 พมจ.ศรีวารินทร์ | <a href="/index.php?option=com_content&amp;view=article&amp;id=9&amp;Itemid=101">นโยบายเว็บไซต์</a></p>
</div></footer>
</body>
</html>
