<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ติดต่อเรา - สำนักงานสาธารณสุขจังหวัดศรีนครา</title>
<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="topbar">กระทรวงสาธารณสุข | <a href="https://www.moph.go.th/">MOPH</a> | โทร 0-4351-2040</div>
<header><a href="/"><img src="/images/logo.png" alt="logo" width="64"></a> <span class="brand">สำนักงานสาธารณสุขจังหวัดศรีนครา<br><small>Srinakhra Provincial Public Health Office</small></span></header>
<nav class="navbar"><ul>
<li><a href="/">หน้าหลัก</a></li>
<li><a href="/page.php?id=2">เกี่ยวกับหน่วยงาน</a><ul>
  <li><a href="/page.php?id=2">ประวัติ วิสัยทัศน์ พันธกิจ</a></li>
  <li><a href="/page.php?id=3">โครงสร้างและหน้าที่</a></li>
  <li><a href="/page.php?id=4">ผู้บริหาร</a></li></ul></li>
<li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/page.php?id=40">E-Service</a></li>
<li><a href="/ita/2569/">ITA</a><ul>
  <li><a href="/ita/2569/">ITA 2569 (OIT ป.ป.ช.)</a></li>
  <li><a href="/moit/2569/">MOIT 2569 (กระทรวงสาธารณสุข)</a></li></ul></li>
<li><a href="/page.php?id=41">ร้องเรียน/แจ้งเบาะแส</a></li>
<li><a href="/webboard/">ถาม-ตอบ</a></li>
<li><a href="/contact.php">ติดต่อเรา</a></li>
</ul></nav>
<div class="container">
<h2>ติดต่อเรา</h2>
<p><b>สำนักงานสาธารณสุขจังหวัดศรีนครา</b><br>ที่อยู่ เลขที่ 99 หมู่ที่ 4 ถนนศรีนครา-ท่าช้าง ตำบลในเมือง อำเภอเมืองศรีนครา จังหวัดศรีนครา 45190</p>
<p>โทรศัพท์ 0-4351-2040 (อัตโนมัติ 10 คู่สาย) โทรสาร 0-4351-2041<br>อีเมล saraban_snk@moph.go.th (สารบรรณอิเล็กทรอนิกส์)</p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>
<h4>แผนที่ตั้งหน่วยงาน</h4>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3840.1!2d103.5!3d16.4" width="600" height="350" style="border:0" allowfullscreen></iframe>
<h4>ช่องทางการสอบถาม</h4>
<p>ท่านสามารถสอบถามข้อมูลผ่าน <a href="/webboard/">กระดานถาม-ตอบ (Q&amp;A)</a> เจ้าหน้าที่จะตอบภายใน 3 วันทำการ หรือ LINE Official @ssj.srinakhra</p>
</div>
<footer><p><b>สำนักงานสาธารณสุขจังหวัดศรีนครา</b> เลขที่ 99 หมู่ที่ 4 ถนนศรีนครา-ท่าช้าง ตำบลในเมือง อำเภอเมืองศรีนครา จังหวัดศรีนครา 45190<br>โทรศัพท์ 0-4351-2040 โทรสาร 0-4351-2041 อีเมล saraban_snk@moph.go.th</p>
<p><a href="https://www.facebook.com/ssj.srinakhra">Facebook สสจ.ศรีนครา</a> | <a href="/page.php?id=45">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | ผู้เข้าชม 184,221</p></footer>
<script src="/js/jquery.min.js"></script>
</body>
</html>
