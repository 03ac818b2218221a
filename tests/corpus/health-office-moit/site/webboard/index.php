<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>กระดานถาม-ตอบ - สำนักงานสาธารณสุขจังหวัดศรีนครา</title>
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
<h2>กระดานถาม-ตอบ (Q&amp;A)</h2>
<p><a href="/webboard/?action=new">+ ตั้งคำถามใหม่</a></p>
<table class="table"><tr><th>หัวข้อ</th><th>ผู้ถาม</th><th>ตอบ</th><th>วันที่</th></tr>
<tr><td><a href="/webboard/?topic=31">ขอต่ออายุใบอนุญาตร้านขายยา ต้องใช้เอกสารอะไรบ้างครับ</a></td><td>สมชาย</td><td>1</td><td>14/02/2569</td></tr>
<tr><td><a href="/webboard/?topic=28">ตรวจสุขภาพเพื่อขอใบรับรองแพทย์ ทำที่ไหนได้บ้าง</a></td><td>นิด</td><td>1</td><td>02/12/2568</td></tr>
</table>
</div>
<footer><p><b>สำนักงานสาธารณสุขจังหวัดศรีนครา</b> เลขที่ 99 หมู่ที่ 4 ถนนศรีนครา-ท่าช้าง ตำบลในเมือง อำเภอเมืองศรีนครา จังหวัดศรีนครา 45190<br>โทรศัพท์ 0-4351-2040 โทรสาร 0-4351-2041 อีเมล saraban_snk@moph.go.th</p>
<p><a href="https://www.facebook.com/ssj.srinakhra">Facebook สสจ.ศรีนครา</a> | <a href="/page.php?id=45">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | ผู้เข้าชม 184,221</p></footer>
<script src="/js/jquery.min.js"></script>
</body>
</html>
