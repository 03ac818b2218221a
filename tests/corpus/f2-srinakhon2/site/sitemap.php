<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>แผนผังเว็บไซต์ :: สพป.ศรีนคร เขต 2</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div id="header"><a href="/"><img src="/images/banner.png" alt="สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"></a></div>
<div id="topmenu">
  <ul>
      <li><a href="/">หน้าแรก</a></li>
      <li><a href="/page.php?id=1">ประวัติความเป็นมา</a></li>
      <li><a href="/page.php?id=2">โครงสร้างองค์กร</a></li>
      <li><a href="/page.php?id=3">อำนาจหน้าที่</a></li>
      <li><a href="/page.php?id=4">ผู้บริหาร</a></li>
      <li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li>
      <li><a href="/ita/2569/">ITA 2569</a></li>
      <li><a href="/eservice.php">e-Service</a></li>
      <li><a href="/qa.php">ถาม-ตอบ</a></li>
      <li><a href="/contact.php">ติดต่อเรา</a></li>
  </ul>
</div>
<div id="wrap">
  <div id="sidebar">
    <h3>กลุ่มงานภายในสำนักงาน</h3>
    <ul>
      <li><a href="/page.php?id=11">กลุ่มอำนวยการ</a></li>
      <li><a href="/page.php?id=12">กลุ่มบริหารงานการเงินและสินทรัพย์</a></li>
      <li><a href="/page.php?id=13">กลุ่มบริหารงานบุคคล</a></li>
      <li><a href="/page.php?id=14">กลุ่มนโยบายและแผน</a></li>
      <li><a href="/page.php?id=15">กลุ่มส่งเสริมการจัดการศึกษา</a></li>
      <li><a href="/page.php?id=16">กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา</a></li>
      <li><a href="/page.php?id=17">กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร</a></li>
      <li><a href="/page.php?id=18">กลุ่มพัฒนาครูและบุคลากรทางการศึกษา</a></li>
      <li><a href="/page.php?id=19">กลุ่มกฎหมายและคดี</a></li>
      <li><a href="/page.php?id=20">หน่วยตรวจสอบภายใน</a></li>
    </ul>
    <h3>ลิงก์หน่วยงาน</h3>
    <ul>
      <li><a href="https://www.obec.go.th/" target="_blank">สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน</a></li>
      <li><a href="https://www.moe.go.th/" target="_blank">กระทรวงศึกษาธิการ</a></li>
      <li><a href="https://data.bopp-obec.info/emis/" target="_blank">ระบบ DMC / EMIS</a></li>
      <li><a href="https://www.facebook.com/srinakhon2.obec" target="_blank">Facebook สพป.ศรีนคร เขต 2</a></li>
      <li><a href="/complaint.php">ร้องเรียนการทุจริต</a></li>
    </ul>
  </div>
  <div id="content">
<div class="breadcrumb"><a href="/">หน้าแรก</a> &raquo; แผนผังเว็บไซต์</div>
<h1>แผนผังเว็บไซต์</h1>
<ul>
<li><a href="/">หน้าแรก</a></li>
<li><a href="/page.php?id=1">ประวัติความเป็นมา</a></li>
<li><a href="/page.php?id=2">โครงสร้างองค์กร</a></li>
<li><a href="/page.php?id=3">อำนาจหน้าที่</a></li>
<li><a href="/page.php?id=4">ผู้บริหาร</a></li>
<li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/ita/2569/">ITA 2569</a></li>
<li><a href="/ita/2568/">ITA 2568</a></li>
<li><a href="/eservice.php">e-Service</a></li>
<li><a href="/qa.php">ถาม-ตอบ</a></li>
<li><a href="/complaint.php">ร้องเรียนการทุจริต</a></li>
<li><a href="/contact.php">ติดต่อเรา</a></li>
</ul>
  </div>
</div>
<div id="footer">
  <p><strong>สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2</strong><br>
  199 หมู่ 4 ถนนโพนทอง-หนองแวง ตำบลหนองแวง อำเภอโพนทอง จังหวัดศรีนคร 45110<br>
  โทรศัพท์ 0 4351 2345 &nbsp; โทรสาร 0 4351 2340 &nbsp; อีเมล saraban@srinakhon2.go.th</p>
  <p><a href="/page.php?id=9">นโยบายเว็บไซต์</a> | <a href="/page.php?id=10">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> |
  <a href="/contact.php">ติดต่อเรา</a> | <a href="/sitemap.php">แผนผังเว็บไซต์</a></p>
  <p>Copyright &copy; 2569 กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร</p>
</div>
</body>
</html>
