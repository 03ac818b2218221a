<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT) :: สพป.ศรีนคร เขต 2</title>
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
<div class="breadcrumb"><a href="/">หน้าแรก</a> &raquo; ITA 2568</div>
<h1>ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)</h1>
<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568 (ผลการประเมิน 94.12 คะแนน ระดับ A)</p>
<table class="ita"><tr><th>ข้อ</th><th>รายการ</th></tr>
<tr><td>O1</td><td><a href="/page.php?id=2" target="_blank">โครงสร้างและอำนาจหน้าที่</a></td></tr>
<tr><td>O2</td><td><a href="/page.php?id=4" target="_blank">ข้อมูลผู้บริหาร</a></td></tr>
<tr><td>O3</td><td><a href="/contact.php" target="_blank">ข้อมูลการติดต่อ</a></td></tr>
<tr><td>O4</td><td><a href="/news.php" target="_blank">ข่าวประชาสัมพันธ์</a></td></tr>
<tr><td>O5</td><td><a href="/uploads/ita2568/O5_%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9E%E0%B8%B1%E0%B8%92%E0%B8%99%E0%B8%B2%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%A8%E0%B8%B6%E0%B8%81%E0%B8%A9%E0%B8%B2_2566-2570.pdf" target="_blank">แผนพัฒนาการศึกษาขั้นพื้นฐาน พ.ศ. 2566-2570</a></td></tr>
<tr><td>O6</td><td><a href="/uploads/ita2568/O6_%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%81%E0%B8%B2%E0%B8%A3_2568.pdf" target="_blank">แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568 และรายงานรอบ 6 เดือน</a></td></tr>
<tr><td>O7</td><td><a href="/uploads/ita2568/O7_%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%94%E0%B8%B3%E0%B9%80%E0%B8%99%E0%B8%B4%E0%B8%99%E0%B8%87%E0%B8%B2%E0%B8%99_2567.pdf" target="_blank">รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567</a></td></tr>
<tr><td>O8</td><td><a href="/uploads/ita2569/O8/%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%87%E0%B8%B2%E0%B8%99_%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B9%80%E0%B8%9A%E0%B8%B4%E0%B8%81%E0%B8%88%E0%B9%88%E0%B8%B2%E0%B8%A2%E0%B9%80%E0%B8%87%E0%B8%B4%E0%B8%99_%E0%B8%81%E0%B8%A5%E0%B8%B8%E0%B9%88%E0%B8%A1%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B9%80%E0%B8%87%E0%B8%B4%E0%B8%99.pdf" target="_blank">คู่มือการปฏิบัติงาน การตรวจสอบและเบิกจ่ายเงิน</a></td></tr>
<tr><td>O9</td><td><a href="/uploads/ita2569/O9/%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B9%83%E0%B8%AB%E0%B9%89%E0%B8%9A%E0%B8%A3%E0%B8%B4%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B2%E0%B8%8A%E0%B8%99_%E0%B8%AA%E0%B8%9E%E0%B8%9B.%E0%B8%A8%E0%B8%A3%E0%B8%B5%E0%B8%99%E0%B8%84%E0%B8%A32.pdf" target="_blank">คู่มือสำหรับประชาชน</a></td></tr>
<tr><td>O10</td><td><a href="/eservice.php" target="_blank">E-Service</a></td></tr>
<tr><td>O11</td><td>ข้อมูลสถิติการให้บริการ ปี 2567 <span class="notice">(ไม่มีข้อมูล)</span></td></tr>
<tr><td>O12</td><td><a href="/uploads/ita2568/O12_%E0%B8%AA%E0%B8%82%E0%B8%A31_%E0%B9%84%E0%B8%95%E0%B8%A3%E0%B8%A1%E0%B8%B2%E0%B8%AA1-2_%E0%B8%9B%E0%B8%B5%E0%B8%87%E0%B8%9A2568.pdf" target="_blank">สรุปผลการจัดซื้อจัดจ้างรายเดือน ต.ค. 2567 - มี.ค. 2568 (ไตรมาส 1-2 ปีงบประมาณ 2568)</a></td></tr>
<tr><td>O13</td><td><a href="/uploads/ita2568/O13_%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%8B%E0%B8%B7%E0%B9%89%E0%B8%AD%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%88%E0%B9%89%E0%B8%B2%E0%B8%87_2567.pdf" target="_blank">รายงานผลการจัดซื้อจัดจ้างประจำปี พ.ศ. 2567</a></td></tr>
<tr><td>O14</td><td><a href="/uploads/ita2568/O14_%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9A%E0%B8%A3%E0%B8%B4%E0%B8%AB%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%A3%E0%B8%B1%E0%B8%9E%E0%B8%A2%E0%B8%B2%E0%B8%81%E0%B8%A3%E0%B8%9A%E0%B8%B8%E0%B8%84%E0%B8%84%E0%B8%A5_2568.pdf" target="_blank">แผนการบริหารและพัฒนาทรัพยากรบุคคล ปี 2568</a></td></tr>
<tr><td>O15</td><td><a href="/uploads/ita2568/O15_%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5HR_2567.pdf" target="_blank">รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2567</a></td></tr>
<tr><td>O16</td><td><a href="/uploads/ita2569/O15/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%A7%E0%B8%A5%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%A2%E0%B8%98%E0%B8%A3%E0%B8%A3%E0%B8%A1%E0%B8%82%E0%B9%89%E0%B8%B2%E0%B8%A3%E0%B8%B2%E0%B8%8A%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9E%E0%B8%A5%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B8%AD%E0%B8%99_%E0%B9%81%E0%B8%A5%E0%B8%B0%E0%B8%82%E0%B9%89%E0%B8%AD%E0%B8%81%E0%B8%B3%E0%B8%AB%E0%B8%99%E0%B8%94%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%A2%E0%B8%98%E0%B8%A3%E0%B8%A3%E0%B8%A1.pdf" target="_blank">ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม</a></td></tr>
<tr><td>O17</td><td><a href="/uploads/ita2569/O16/%E0%B9%81%E0%B8%99%E0%B8%A7%E0%B8%97%E0%B8%B2%E0%B8%87%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%87%E0%B8%A3%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B9%80%E0%B8%A3%E0%B8%B5%E0%B8%A2%E0%B8%99.pdf" target="_blank">แนวปฏิบัติการจัดการเรื่องร้องเรียน</a></td></tr>
<tr><td>O18</td><td><a href="/complaint.php" target="_blank">ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</a></td></tr>
<tr><td>O19</td><td><a href="/uploads/ita2568/O19/%E0%B8%AA%E0%B8%96%E0%B8%B4%E0%B8%95%E0%B8%B4%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%87%E0%B8%A3%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B9%80%E0%B8%A3%E0%B8%B5%E0%B8%A2%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95_%E0%B8%9B%E0%B8%B5%E0%B8%87%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%B2%E0%B8%932567.pdf" target="_blank">ข้อมูลสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ 2567</a></td></tr>
<tr><td>O20</td><td>การเปิดโอกาสให้เกิดการมีส่วนร่วม <span class="notice">(ไม่มีข้อมูล)</span></td></tr>
<tr><td>O21</td><td><a href="/uploads/ita2568/O21_NoGift_2568.pdf" target="_blank">ประกาศเจตนารมณ์ No Gift Policy ปี 2568</a></td></tr>
<tr><td>O22</td><td>รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา <span class="notice">(ไม่มีข้อมูล)</span></td></tr>
<tr><td>O23</td><td><a href="/uploads/ita2568/O23_%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B9%80%E0%B8%A1%E0%B8%B4%E0%B8%99%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B9%80%E0%B8%AA%E0%B8%B5%E0%B9%88%E0%B8%A2%E0%B8%87_2568.pdf" target="_blank">การประเมินความเสี่ยงการทุจริต ปี 2568</a></td></tr>
<tr><td>O24</td><td><a href="/uploads/ita2568/O24_%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B9%80%E0%B8%AA%E0%B8%B5%E0%B9%88%E0%B8%A2%E0%B8%87_2567.pdf" target="_blank">รายงานผลการจัดการความเสี่ยง ปี 2567</a></td></tr>
<tr><td>O25</td><td><a href="/uploads/ita2568/O25_%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9B%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B8%81%E0%B8%B1%E0%B8%99%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95_2568.pdf" target="_blank">แผนปฏิบัติการป้องกันการทุจริต ปี 2568</a></td></tr>
<tr><td>O26</td><td><a href="/uploads/ita2568/%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%AA%E0%B9%88%E0%B8%87%E0%B9%80%E0%B8%AA%E0%B8%A3%E0%B8%B4%E0%B8%A1%E0%B8%84%E0%B8%B8%E0%B8%93%E0%B8%98%E0%B8%A3%E0%B8%A3%E0%B8%A1_%E0%B8%A7%E0%B8%B4%E0%B9%80%E0%B8%84%E0%B8%A3%E0%B8%B2%E0%B8%B0%E0%B8%AB%E0%B9%8CITA2567.pdf" target="_blank">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปี 2568</a></td></tr>
</table>
<p><a href="/ita/2569/">ไปที่ ITA 2569 &raquo;</a></p>
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
