<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ติดต่อเรา :: สพป.ศรีนคร เขต 2</title>
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
<div class="breadcrumb"><a href="/">หน้าแรก</a> &raquo; ติดต่อเรา</div>
<h1>ติดต่อเรา</h1>
<h2>สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2</h2>
<p>ที่อยู่: 199 หมู่ 4 ถนนโพนทอง-หนองแวง ตำบลหนองแวง อำเภอโพนทอง จังหวัดศรีนคร 45110</p>
<p>โทรศัพท์: 0 4351 2345 &nbsp; โทรสาร: 0 4351 2340</p>
<p>อีเมล: <a href="mailto:saraban@srinakhon2.go.th">saraban@srinakhon2.go.th</a></p>
<p>เวลาทำการ: วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>
<p>แผนที่: <a href="https://maps.google.com/?q=16.0512,103.9745" target="_blank">เปิดแผนที่ Google Maps</a></p>
<iframe src="https://www.google.com/maps/embed?pb=!1m14!1m12!1m3!1d3826.5!2d103.9745!3d16.0512" width="600" height="300"></iframe>
<h2>โทรศัพท์ภายใน</h2>
<table class="list"><tr><th>กลุ่มงาน</th><th>เบอร์ต่อ</th></tr>
<tr><td>กลุ่มอำนวยการ</td><td>111</td></tr>
<tr><td>กลุ่มบริหารงานการเงินและสินทรัพย์</td><td>112</td></tr>
<tr><td>กลุ่มบริหารงานบุคคล</td><td>113</td></tr>
<tr><td>กลุ่มนโยบายและแผน</td><td>114</td></tr>
<tr><td>กลุ่มส่งเสริมการจัดการศึกษา</td><td>115</td></tr>
<tr><td>กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา</td><td>116</td></tr>
<tr><td>กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร</td><td>117</td></tr>
<tr><td>กลุ่มพัฒนาครูและบุคลากรทางการศึกษา</td><td>118</td></tr>
<tr><td>กลุ่มกฎหมายและคดี</td><td>119</td></tr>
<tr><td>หน่วยตรวจสอบภายใน</td><td>120</td></tr>
</table>
<p>มีข้อสงสัยหรือต้องการสอบถาม สามารถส่งคำถามได้ที่ <a href="/qa.php">กระดานถาม-ตอบ (Q&amp;A)</a></p>
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
