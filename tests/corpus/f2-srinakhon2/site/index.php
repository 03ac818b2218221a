<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>หน้าแรก :: สพป.ศรีนคร เขต 2</title>
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
<h1>หน้าแรก</h1>
<div class="welcome"><img src="/images/exec1.jpg" alt="ผอ.สพป." width="100">
<p>สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2 ยินดีต้อนรับ<br>นายประเสริฐ วงศ์ไชยา ผู้อำนวยการสพป.ศรีนคร เขต 2</p></div>
<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>
<ul class="news">
<li><span class="date">14 พฤษภาคม 2569</span> <a href="/news.php?id=144">ประชุมติดตามการเบิกจ่ายงบประมาณ ไตรมาสที่ 3</a></li>
<li><span class="date">14 พฤษภาคม 2569</span> <a href="/news.php?id=143">รายงานการเปิดภาคเรียนและการมาเรียนของนักเรียน วันแรก</a></li>
<li><span class="date">13 พฤษภาคม 2569</span> <a href="/news.php?id=142">ประชาสัมพันธ์การรับสมัครคัดเลือกนักเรียนทุนพระราชทาน</a></li>
<li><span class="date">13 พฤษภาคม 2569</span> <a href="/news.php?id=141">โครงการโรงเรียนสุจริต ประจำปีงบประมาณ พ.ศ. 2569 ประชุมชี้แจง</a></li>
<li><span class="date">๑๒ พฤษภาคม ๒๕๖๙</span> <a href="/news.php?id=140">อบรมการป้องกันภัยไซเบอร์สำหรับบุคลากรทางการศึกษา</a></li>
<li><span class="date">11 พฤษภาคม 2569</span> <a href="/news.php?id=139">ประกาศรายชื่อผู้ผ่านการคัดเลือกลูกจ้างชั่วคราว ตำแหน่งธุรการโรงเรียน</a></li>
<li><span class="date">8 พฤษภาคม 2569</span> <a href="/news.php?id=138">การประชุมคณะกรรมการศึกษาธิการจังหวัดศรีนคร (กศจ.) ครั้งที่ 4/2569</a></li>
<li><span class="date">7 พฤษภาคม 2569</span> <a href="/news.php?id=137">มอบเกียรติบัตรโรงเรียนปลอดขยะ (Zero Waste School) ระดับเขตพื้นที่</a></li>
</ul>
<p><a href="/news.php">อ่านข่าวทั้งหมด &raquo;</a></p>
<h2>การประเมินคุณธรรมและความโปร่งใส</h2>
<p><a href="/ita/2569/"><img src="/images/ita2569.jpg" alt="ITA 2569" width="300"></a></p>
<ul>
<li><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569</a></li>
<li><a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568</a></li>
</ul>
<h2>บริการ</h2>
<ul>
<li><a href="/eservice.php">e-Service ยื่นคำขอออนไลน์</a></li>
<li><a href="/qa.php">กระดานถาม-ตอบ</a></li>
<li><a href="/complaint.php">ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>
<li><a href="https://obecmail.obec.go.th/" target="_blank">OBEC Mail</a></li>
<li><a href="https://myoffice.srinakhon2.go.th/" target="_blank">ระบบสารบรรณอิเล็กทรอนิกส์ My Office</a></li>
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
