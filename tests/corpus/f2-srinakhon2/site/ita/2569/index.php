<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT) :: สพป.ศรีนคร เขต 2</title>
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
<div class="breadcrumb"><a href="/">หน้าแรก</a> &raquo; ITA 2569</div>
<h1>ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)</h1>
<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569
ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต (แบบวัดการเปิดเผยข้อมูลสาธารณะ OIT)</p>
<p><a href="https://itas.nacc.go.th/go/iit/srinakhon2" target="_blank">แบบวัด IIT</a> |
<a href="https://itas.nacc.go.th/go/eit/srinakhon2" target="_blank">แบบวัด EIT</a> |
<a href="/ita/2568/">ITA ปี 2568</a></p>
<table class="ita">
<tr><th>ข้อ</th><th>รายการข้อมูล</th><th></th></tr>
<tr class="group"><td colspan="3">ข้อมูลพื้นฐาน</td></tr>
<tr><td>O1</td><td><a href="o1.php">โครงสร้าง หน้าที่และอำนาจ</a></td><td></td></tr>
<tr><td>O2</td><td><a href="o2.php">ข้อมูลผู้บริหาร</a></td><td></td></tr>
<tr><td>O3</td><td><a href="o3.php">ข้อมูลการติดต่อและช่องทางการสอบถาม</a></td><td></td></tr>
<tr><td>O4</td><td><a href="o4.php">ข่าวประชาสัมพันธ์</a></td><td></td></tr>
<tr class="group"><td colspan="3">การบริหารงานและการใช้จ่ายงบประมาณ</td></tr>
<tr><td>O5</td><td><a href="o5.php">แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</a></td><td></td></tr>
<tr><td>O6</td><td><a href="o6.php">แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี</a></td><td></td></tr>
<tr><td>O7</td><td><a href="o7.php">รายงานผลการดำเนินงานประจำปี</a></td><td></td></tr>
<tr><td>O8</td><td><a href="o8.php">คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่</a></td><td></td></tr>
<tr><td>O9</td><td><a href="o9.php">คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ</a></td><td></td></tr>
<tr><td>O10</td><td><a href="o10.php">ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)</a></td><td></td></tr>
<tr class="group"><td colspan="3">การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</td></tr>
<tr><td>O11</td><td><a href="o11.php">สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569</a></td><td></td></tr>
<tr><td>O12</td><td><a href="o12.php">รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</a></td><td></td></tr>
<tr class="group"><td colspan="3">การบริหารและพัฒนาทรัพยากรบุคคล</td></tr>
<tr><td>O13</td><td><a href="o13.php">หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569</a></td><td></td></tr>
<tr><td>O14</td><td><a href="o14.php">รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568</a></td><td></td></tr>
<tr><td>O15</td><td><a href="o15.php">ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม</a></td><td></td></tr>
<tr class="group"><td colspan="3">การส่งเสริมความโปร่งใส</td></tr>
<tr><td>O16</td><td><a href="o16.php">แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></td><td></td></tr>
<tr><td>O17</td><td><a href="o17.php">ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></td><td></td></tr>
<tr><td>O18</td><td><a href="o18.php">ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568</a></td><td></td></tr>
<tr><td>O19</td><td><a href="o19.php">ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ปีงบประมาณ พ.ศ. 2569</a></td><td></td></tr>
<tr class="group"><td colspan="3">การดำเนินการเพื่อป้องกันการทุจริต</td></tr>
<tr><td>O20</td><td><a href="o20.php">การขับเคลื่อนนโยบาย No Gift Policy จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ</a></td><td></td></tr>
<tr><td>O21</td><td><a href="o21.php">การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569</a></td><td></td></tr>
<tr><td>O22</td><td><a href="o22.php">รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</a></td><td></td></tr>
<tr><td>O23</td><td><a href="o23.php">แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569</a></td><td></td></tr>
<tr><td>O24</td><td><a href="o24.php">รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2568</a></td><td></td></tr>
<tr><td>O25</td><td><a href="o25.php">การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร</a></td><td></td></tr>
<tr><td>O26</td><td><a href="#">รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568</a></td><td>-</td></tr>
</table>
<p>ปรับปรุงข้อมูลล่าสุด ๑๒ พฤษภาคม ๒๕๖๙</p>
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
