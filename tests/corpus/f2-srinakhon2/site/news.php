<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ข่าวประชาสัมพันธ์ :: สพป.ศรีนคร เขต 2</title>
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
<div class="breadcrumb"><a href="/">หน้าแรก</a> &raquo; ข่าวประชาสัมพันธ์</div>
<h1>ข่าวประชาสัมพันธ์</h1>
<table class="list"><tr><th>วันที่</th><th>เรื่อง</th></tr>
<tr><td>14 พฤษภาคม 2569</td><td><a href="news.php?id=144">ประชุมติดตามการเบิกจ่ายงบประมาณ ไตรมาสที่ 3</a></td></tr>
<tr><td>14 พฤษภาคม 2569</td><td><a href="news.php?id=143">รายงานการเปิดภาคเรียนและการมาเรียนของนักเรียน วันแรก</a></td></tr>
<tr><td>13 พฤษภาคม 2569</td><td><a href="news.php?id=142">ประชาสัมพันธ์การรับสมัครคัดเลือกนักเรียนทุนพระราชทาน</a></td></tr>
<tr><td>13 พฤษภาคม 2569</td><td><a href="news.php?id=141">โครงการโรงเรียนสุจริต ประจำปีงบประมาณ พ.ศ. 2569 ประชุมชี้แจง</a></td></tr>
<tr><td>๑๒ พฤษภาคม ๒๕๖๙</td><td><a href="news.php?id=140">อบรมการป้องกันภัยไซเบอร์สำหรับบุคลากรทางการศึกษา</a></td></tr>
<tr><td>11 พฤษภาคม 2569</td><td><a href="news.php?id=139">ประกาศรายชื่อผู้ผ่านการคัดเลือกลูกจ้างชั่วคราว ตำแหน่งธุรการโรงเรียน</a></td></tr>
<tr><td>8 พฤษภาคม 2569</td><td><a href="news.php?id=138">การประชุมคณะกรรมการศึกษาธิการจังหวัดศรีนคร (กศจ.) ครั้งที่ 4/2569</a></td></tr>
<tr><td>7 พฤษภาคม 2569</td><td><a href="news.php?id=137">มอบเกียรติบัตรโรงเรียนปลอดขยะ (Zero Waste School) ระดับเขตพื้นที่</a></td></tr>
<tr><td>5 พฤษภาคม 2569</td><td><a href="news.php?id=136">ตรวจเยี่ยมความปลอดภัยอาคารเรียนก่อนเปิดภาคเรียน</a></td></tr>
<tr><td>๑ พฤษภาคม ๒๕๖๙</td><td><a href="news.php?id=135">เตรียมความพร้อมการเปิดภาคเรียนที่ 1 ปีการศึกษา 2569</a></td></tr>
</table>
<div class="pagination">หน้า <strong>1</strong> <a href="news.php?page=2">2</a> <a href="news.php?page=3">3</a> <a href="news.php?page=4">4</a> <a href="news.php?page=5">5</a> <a href="news.php?page=2">ถัดไป &raquo;</a></div>
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
