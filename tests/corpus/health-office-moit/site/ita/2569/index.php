<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ITA 2569 - สำนักงานสาธารณสุขจังหวัดศรีนครา</title>
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
<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569</h2>
<p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ตามเกณฑ์ของสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.)</p>
<p>สำหรับการประเมินตามเกณฑ์กระทรวงสาธารณสุข ดูที่ <a href="/moit/2569/">MOIT 2569</a></p>
<table class="table table-bordered"><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร/ลิงก์</th></tr>
<tr class="group"><th colspan="3">ตัวชี้วัดที่ 9.1 ข้อมูลพื้นฐาน</th></tr>
<tr><td>O1</td><td>โครงสร้าง หน้าที่และอำนาจ</td><td><a href="/page.php?id=3" target="_blank">โครงสร้างและหน้าที่และอำนาจ</a></td></tr>
<tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><a href="/page.php?id=4" target="_blank">ผู้บริหารสำนักงานสาธารณสุขจังหวัดศรีนครา</a></td></tr>
<tr><td>O3</td><td>ข้อมูลการติดต่อและช่องทางการสอบถาม</td><td><a href="/contact.php" target="_blank">ติดต่อเรา</a><br><a href="/webboard/" target="_blank">กระดานถาม-ตอบ</a></td></tr>
<tr><td>O4</td><td>ข่าวประชาสัมพันธ์</td><td><a href="/news.php" target="_blank">ข่าวประชาสัมพันธ์ ปี 2569</a></td></tr>
<tr class="group"><th colspan="3">ตัวชี้วัดที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ</th></tr>
<tr><td>O5</td><td>แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</td><td><a href="/uploads/ita2569/O5%20%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%A2%E0%B8%B8%E0%B8%97%E0%B8%98%E0%B8%A8%E0%B8%B2%E0%B8%AA%E0%B8%95%E0%B8%A3%E0%B9%8C%E0%B8%AA%E0%B8%B8%E0%B8%82%E0%B8%A0%E0%B8%B2%E0%B8%9E%20%E0%B8%88.%E0%B8%A8%E0%B8%A3%E0%B8%B5%E0%B8%99%E0%B8%84%E0%B8%A3%E0%B8%B2.pdf" target="_blank">แผนยุทธศาสตร์ด้านสุขภาพจังหวัดศรีนครา</a></td></tr>
<tr><td>O6</td><td>แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี</td><td><a href="/uploads/ita2569/O6%20%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%81%E0%B8%B2%E0%B8%A3%20%E0%B8%AA%E0%B8%AA%E0%B8%88.%E0%B8%A8%E0%B8%A3%E0%B8%B5%E0%B8%99%E0%B8%84%E0%B8%A3%E0%B8%B2%20%E0%B8%9B%E0%B8%B5%202569.pdf" target="_blank">แผนปฏิบัติการและแผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ 2569</a><br><a href="/uploads/ita2569/O6%20%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B8%81%E0%B9%89%E0%B8%B2%E0%B8%A7%E0%B8%AB%E0%B8%99%E0%B9%89%E0%B8%B2%20%E0%B8%A3%E0%B8%AD%E0%B8%9A%206%20%E0%B9%80%E0%B8%94%E0%B8%B7%E0%B8%AD%E0%B8%99%202569.xlsx" target="_blank">รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน (ต.ค.68-มี.ค.69)</a></td></tr>
<tr><td>O7</td><td>รายงานผลการดำเนินงานประจำปี</td><td><a href="/uploads/ita2569/O7%20%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%94%E0%B8%B3%E0%B9%80%E0%B8%99%E0%B8%B4%E0%B8%99%E0%B8%87%E0%B8%B2%E0%B8%99%20%E0%B8%9B%E0%B8%B5%E0%B8%87%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%B2%E0%B8%93%202568.pdf" target="_blank">รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2568</a></td></tr>
<tr><td>O8</td><td>คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่</td><td><a href="/uploads/ita2569/O8%20%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%87%E0%B8%B2%E0%B8%99%20%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%95%E0%B8%A3%E0%B8%A7%E0%B8%88%E0%B8%AA%E0%B8%96%E0%B8%B2%E0%B8%99%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%AD%E0%B8%9A%E0%B8%81%E0%B8%B2%E0%B8%A3.pdf" target="_blank">คู่มือการปฏิบัติงาน การตรวจประเมินสถานประกอบการด้านผลิตภัณฑ์สุขภาพ</a></td></tr>
<tr><td>O9</td><td>คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ</td><td><a href="/uploads/ita2569/O9%20%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%AA%E0%B8%B3%E0%B8%AB%E0%B8%A3%E0%B8%B1%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B2%E0%B8%8A%E0%B8%99%20%E0%B8%82%E0%B8%AD%E0%B8%AD%E0%B8%99%E0%B8%B8%E0%B8%8D%E0%B8%B2%E0%B8%95%E0%B8%82%E0%B8%B2%E0%B8%A2%E0%B8%A2%E0%B8%B2.pdf" target="_blank">คู่มือสำหรับประชาชน การขออนุญาตขายยาแผนปัจจุบัน</a></td></tr>
<tr><td>O10</td><td>ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)</td><td><a href="/page.php?id=40" target="_blank">E-Service สสจ.ศรีนครา</a></td></tr>
<tr class="group"><th colspan="3">ตัวชี้วัดที่ 9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</th></tr>
<tr><td>O11</td><td>สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569</td><td><a href="/uploads/ita2569/O11%20%E0%B8%AA%E0%B8%82%E0%B8%A3.1%20%E0%B8%95.%E0%B8%84.68-%E0%B8%A1%E0%B8%B5.%E0%B8%84.69.pdf" target="_blank">สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ต.ค. 2568 - มี.ค. 2569 (PDF)</a><br><a href="/uploads/ita2569/O11%20%E0%B8%AA%E0%B8%82%E0%B8%A3.1%20%E0%B8%95.%E0%B8%84.68-%E0%B8%A1%E0%B8%B5.%E0%B8%84.69.xlsx" target="_blank">(Excel)</a></td></tr>
<tr><td>O12</td><td>รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</td><td><a href="/uploads/ita2569/O12%20%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%AA%E0%B8%A3%E0%B8%B8%E0%B8%9B%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%8B%E0%B8%B7%E0%B9%89%E0%B8%AD%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%88%E0%B9%89%E0%B8%B2%E0%B8%87%20%E0%B8%9B%E0%B8%B5%202568.pdf" target="_blank">รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568</a></td></tr>
<tr class="group"><th colspan="3">ตัวชี้วัดที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล</th></tr>
<tr><td>O13</td><td>หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569</td><td><a href="/uploads/ita2569/O13%20%E0%B8%AB%E0%B8%A5%E0%B8%B1%E0%B8%81%E0%B9%80%E0%B8%81%E0%B8%93%E0%B8%91%E0%B9%8C%E0%B9%81%E0%B8%A5%E0%B8%B0%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9A%E0%B8%A3%E0%B8%B4%E0%B8%AB%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%A3%E0%B8%B1%E0%B8%9E%E0%B8%A2%E0%B8%B2%E0%B8%81%E0%B8%A3%E0%B8%9A%E0%B8%B8%E0%B8%84%E0%B8%84%E0%B8%A5%202569.pdf" target="_blank">หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ปี 2569</a></td></tr>
<tr><td>O14</td><td>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568</td><td><a href="/moit/2569/#moit12" target="_blank">ดูรายละเอียดที่ MOIT 12</a></td></tr>
<tr><td>O15</td><td>ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม</td><td><a href="/uploads/ita2569/O15%20%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%A7%E0%B8%A5%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%A2%E0%B8%98%E0%B8%A3%E0%B8%A3%E0%B8%A1%E0%B8%82%E0%B9%89%E0%B8%B2%E0%B8%A3%E0%B8%B2%E0%B8%8A%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9E%E0%B8%A5%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B8%AD%E0%B8%99.pdf" target="_blank">ประมวลจริยธรรมข้าราชการพลเรือน</a><br><a href="/uploads/ita2569/O15%20%E0%B8%84%E0%B8%B3%E0%B8%AA%E0%B8%B1%E0%B9%88%E0%B8%87%E0%B8%84%E0%B8%93%E0%B8%B0%E0%B8%97%E0%B8%B3%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%82%E0%B8%B1%E0%B8%9A%E0%B9%80%E0%B8%84%E0%B8%A5%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%99%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%A2%E0%B8%98%E0%B8%A3%E0%B8%A3%E0%B8%A1.pdf" target="_blank">คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม</a></td></tr>
<tr class="group"><th colspan="3">ตัวชี้วัดที่ 9.5 การส่งเสริมความโปร่งใส</th></tr>
<tr><td>O16</td><td>แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td><td><a href="/uploads/ita2569/O16%20%E0%B9%81%E0%B8%99%E0%B8%A7%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%87%E0%B8%A3%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B9%80%E0%B8%A3%E0%B8%B5%E0%B8%A2%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95.pdf" target="_blank">แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></td></tr>
<tr><td>O17</td><td>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td><td><a href="/page.php?id=41" target="_blank">ช่องทางแจ้งเรื่องร้องเรียน</a></td></tr>
<tr><td>O18</td><td>ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568</td><td><span class="text-danger">อยู่ระหว่างรวบรวมข้อมูล</span></td></tr>
<tr><td>O19</td><td>ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ปีงบประมาณ พ.ศ. 2569</td><td><a href="https://www.facebook.com/ssj.srinakhra/posts/pfbid02xK7hQmY3" target="_blank">ภาพกิจกรรมเวทีรับฟังความคิดเห็นภาคประชาชน (Facebook)</a></td></tr>
<tr class="group"><th colspan="3">ตัวชี้วัดที่ 10 การป้องกันการทุจริต</th></tr>
<tr><td>O20</td><td>การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ</td><td><a href="/page.php?id=44" target="_blank">No Gift Policy 2569</a></td></tr>
<tr><td>O21</td><td>การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569</td><td><a href="/uploads/ita2569/O21%20%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B9%80%E0%B8%A1%E0%B8%B4%E0%B8%99%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B9%80%E0%B8%AA%E0%B8%B5%E0%B9%88%E0%B8%A2%E0%B8%87%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95%202569.pdf" target="_blank">ผลการประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2569</a></td></tr>
<tr><td>O22</td><td>รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</td><td><a href="/moit/2569/#moit18" target="_blank">ดูรายละเอียดที่ MOIT 18</a></td></tr>
<tr><td>O23</td><td>แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569</td><td><a href="/uploads/ita2569/O23%20%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B8%81%E0%B8%B1%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95%20%E0%B8%AA%E0%B8%AA%E0%B8%88.%E0%B8%A8%E0%B8%A3%E0%B8%B5%E0%B8%99%E0%B8%84%E0%B8%A3%E0%B8%B2%202569.pdf" target="_blank">แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2569</a></td></tr>
<tr><td>O24</td><td>รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2568</td><td><a href="/uploads/ita2569/O24%20%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%94%E0%B8%B3%E0%B9%80%E0%B8%99%E0%B8%B4%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B8%81%E0%B8%B1%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95%202568.pdf" target="_blank">รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ 2568</a></td></tr>
<tr><td>O25</td><td>การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร</td><td><a href="/moit/2569/#moit22" target="_blank">ดูรายละเอียดที่ MOIT 22</a></td></tr>
<tr><td>O26</td><td>รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568</td><td><a href="/uploads/ita2569/O26%20%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%94%E0%B8%B3%E0%B9%80%E0%B8%99%E0%B8%B4%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B9%80%E0%B8%9E%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%AA%E0%B9%88%E0%B8%87%E0%B9%80%E0%B8%AA%E0%B8%A3%E0%B8%B4%E0%B8%A1%E0%B8%84%E0%B8%B8%E0%B8%93%E0%B8%98%E0%B8%A3%E0%B8%A3%E0%B8%A1%E0%B9%81%E0%B8%A5%E0%B8%B0%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B9%82%E0%B8%9B%E0%B8%A3%E0%B9%88%E0%B8%87%E0%B9%83%E0%B8%AA.pdf" target="_blank">รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปี 2568</a></td></tr>
</table>
<p>ผู้รับผิดชอบ: กลุ่มงานกฎหมาย / กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข ปรับปรุงล่าสุด 31 มีนาคม 2569</p>
</div>
<footer><p><b>สำนักงานสาธารณสุขจังหวัดศรีนครา</b> เลขที่ 99 หมู่ที่ 4 ถนนศรีนครา-ท่าช้าง ตำบลในเมือง อำเภอเมืองศรีนครา จังหวัดศรีนครา 45190<br>โทรศัพท์ 0-4351-2040 โทรสาร 0-4351-2041 อีเมล saraban_snk@moph.go.th</p>
<p><a href="https://www.facebook.com/ssj.srinakhra">Facebook สสจ.ศรีนครา</a> | <a href="/page.php?id=45">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | ผู้เข้าชม 184,221</p></footer>
<script src="/js/jquery.min.js"></script>
</body>
</html>
