<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MOIT 2569 - สำนักงานสาธารณสุขจังหวัดศรีนครา</title>
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
<h2>MOIT 2569 : การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน กระทรวงสาธารณสุข</h2>
<p>(MOPH Integrity and Transparency Assessment: MOIT) ตามหลักเกณฑ์สำนักงานปลัดกระทรวงสาธารณสุข ปีงบประมาณ พ.ศ. 2569 หลักฐานเชิงประจักษ์ ไตรมาสที่ 2</p>
<table class="table table-bordered"><tr><th>ข้อ</th><th>ข้อคำถาม</th><th>หลักฐานเชิงประจักษ์</th></tr>
<tr id="moit1"><td>MOIT 1</td><td>หน่วยงานมีการวางระบบโดยการกำหนดมาตรการการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน</td><td><a href="/uploads/moit2569/MOIT1/MOIT1%20%E0%B8%9A%E0%B8%B1%E0%B8%99%E0%B8%97%E0%B8%B6%E0%B8%81%E0%B8%82%E0%B9%89%E0%B8%AD%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%20%E0%B8%82%E0%B8%AD%E0%B8%AD%E0%B8%99%E0%B8%B8%E0%B8%8D%E0%B8%B2%E0%B8%95%E0%B9%80%E0%B8%9C%E0%B8%A2%E0%B9%81%E0%B8%9E%E0%B8%A3%E0%B9%88%E0%B8%82%E0%B9%89%E0%B8%AD%E0%B8%A1%E0%B8%B9%E0%B8%A5%20%E0%B9%84%E0%B8%95%E0%B8%A3%E0%B8%A1%E0%B8%B2%E0%B8%AA%202.pdf" target="_blank">MOIT1 บันทึกข้อความ ขออนุญาตเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit2"><td>MOIT 2</td><td>หน่วยงานมีการเปิดเผยข้อมูลข่าวสารที่เป็นปัจจุบัน</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit3"><td>MOIT 3</td><td>หน่วยงานมีการกำกับติดตามการดำเนินงานตามแผนปฏิบัติการประจำปี รอบ 6 เดือน</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit4"><td>MOIT 4</td><td>หน่วยงานมีการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง ไตรมาส 1-2</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit5"><td>MOIT 5</td><td>หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit6"><td>MOIT 6</td><td>หน่วยงานมีการวิเคราะห์ผลการจัดซื้อจัดจ้าง</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit7"><td>MOIT 7</td><td>หน่วยงานมีมาตรการป้องกันการรับสินบน</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit8"><td>MOIT 8</td><td>หน่วยงานมีการประเมินความเสี่ยงการทุจริต</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit9"><td>MOIT 9</td><td>หน่วยงานมีการเสริมสร้างวัฒนธรรมองค์กร</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit10"><td>MOIT 10</td><td>หน่วยงานมีการประกาศเจตนารมณ์ No Gift Policy</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit11"><td>MOIT 11</td><td>หน่วยงานมีการกำหนดนโยบายการบริหารทรัพยากรบุคคล</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit12"><td>MOIT 12</td><td>หน่วยงานมีการรายงานผลการบริหารและพัฒนาทรัพยากรบุคคล</td><td><a href="/uploads/moit2569/MOIT12/MOIT12%20%E0%B8%9A%E0%B8%B1%E0%B8%99%E0%B8%97%E0%B8%B6%E0%B8%81%E0%B8%82%E0%B9%89%E0%B8%AD%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%20%E0%B8%82%E0%B8%AD%E0%B8%AD%E0%B8%99%E0%B8%B8%E0%B8%8D%E0%B8%B2%E0%B8%95%E0%B9%80%E0%B8%9C%E0%B8%A2%E0%B9%81%E0%B8%9E%E0%B8%A3%E0%B9%88%20%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9E%E0%B8%B1%E0%B8%92%E0%B8%99%E0%B8%B2%E0%B8%9A%E0%B8%B8%E0%B8%84%E0%B8%A5%E0%B8%B2%E0%B8%81%E0%B8%A3.pdf" target="_blank">MOIT12 บันทึกข้อความ ขออนุญาตเผยแพร่ รายงานผลการพัฒนาบุคลากร</a><br><a href="/uploads/moit2569/MOIT12/MOIT12%20%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9E%E0%B8%B1%E0%B8%92%E0%B8%99%E0%B8%B2%E0%B8%9A%E0%B8%B8%E0%B8%84%E0%B8%A5%E0%B8%B2%E0%B8%81%E0%B8%A3%20%E0%B9%84%E0%B8%95%E0%B8%A3%E0%B8%A1%E0%B8%B2%E0%B8%AA%202%20%E0%B8%9B%E0%B8%B5%202569.pdf" target="_blank">MOIT12 รายงานผลการพัฒนาบุคลากร ไตรมาส 2 ปี 2569</a></td></tr>
<tr id="moit13"><td>MOIT 13</td><td>หน่วยงานมีการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit14"><td>MOIT 14</td><td>หน่วยงานมีช่องทางรับเรื่องร้องเรียน</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit15"><td>MOIT 15</td><td>หน่วยงานมีการสรุปผลการดำเนินการเรื่องร้องเรียนการทุจริต รายไตรมาส</td><td><a href="/uploads/moit2569/MOIT15/MOIT15%20%E0%B8%AA%E0%B8%A3%E0%B8%B8%E0%B8%9B%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%87%E0%B8%A3%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B9%80%E0%B8%A3%E0%B8%B5%E0%B8%A2%E0%B8%99%20%E0%B9%84%E0%B8%95%E0%B8%A3%E0%B8%A1%E0%B8%B2%E0%B8%AA%201%20%E0%B8%9B%E0%B8%B5%202569.pdf" target="_blank">MOIT15 สรุปเรื่องร้องเรียน ไตรมาส 1 ปี 2569</a></td></tr>
<tr id="moit16"><td>MOIT 16</td><td>หน่วยงานมีการเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit17"><td>MOIT 17</td><td>หน่วยงานมีการปฏิบัติตามประมวลจริยธรรม</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit18"><td>MOIT 18</td><td>หน่วยงานมีการติดตามการดำเนินการตามแผนบริหารความเสี่ยงการทุจริต</td><td><a href="/uploads/moit2569/MOIT18/MOIT18%20%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B8%81%E0%B9%89%E0%B8%B2%E0%B8%A7%E0%B8%AB%E0%B8%99%E0%B9%89%E0%B8%B2%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9A%E0%B8%A3%E0%B8%B4%E0%B8%AB%E0%B8%B2%E0%B8%A3%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B9%80%E0%B8%AA%E0%B8%B5%E0%B9%88%E0%B8%A2%E0%B8%87%20%E0%B8%A3%E0%B8%AD%E0%B8%9A%206%20%E0%B9%80%E0%B8%94%E0%B8%B7%E0%B8%AD%E0%B8%99%202569.pdf" target="_blank">MOIT18 รายงานความก้าวหน้าแผนบริหารความเสี่ยง รอบ 6 เดือน 2569</a></td></tr>
<tr id="moit19"><td>MOIT 19</td><td>หน่วยงานมีการควบคุมภายใน</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit20"><td>MOIT 20</td><td>หน่วยงานมีการป้องกันผลประโยชน์ทับซ้อน</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit21"><td>MOIT 21</td><td>หน่วยงานมีการตรวจสอบภายใน</td><td><a href="/uploads/moit2569/MOIT_memo_Q2.pdf" target="_blank">แบบฟอร์มการเผยแพร่ข้อมูล ไตรมาส 2</a></td></tr>
<tr id="moit22"><td>MOIT 22</td><td>หน่วยงานมีการนำผลการประเมิน MOIT ไปปรับปรุง</td><td><a href="/uploads/moit2569/MOIT22/MOIT22%20%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B9%80%E0%B8%A1%E0%B8%B4%E0%B8%99%20MOIT%20%E0%B8%9B%E0%B8%B5%202568%20%E0%B9%81%E0%B8%A5%E0%B8%B0%E0%B9%81%E0%B8%99%E0%B8%A7%E0%B8%97%E0%B8%B2%E0%B8%87%E0%B8%9B%E0%B8%A3%E0%B8%B1%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B8%E0%B8%87.pdf" target="_blank">MOIT22 ผลการประเมิน MOIT ปี 2568 และแนวทางปรับปรุง</a></td></tr>
</table>
</div>
<footer><p><b>สำนักงานสาธารณสุขจังหวัดศรีนครา</b> เลขที่ 99 หมู่ที่ 4 ถนนศรีนครา-ท่าช้าง ตำบลในเมือง อำเภอเมืองศรีนครา จังหวัดศรีนครา 45190<br>โทรศัพท์ 0-4351-2040 โทรสาร 0-4351-2041 อีเมล saraban_snk@moph.go.th</p>
<p><a href="https://www.facebook.com/ssj.srinakhra">Facebook สสจ.ศรีนครา</a> | <a href="/page.php?id=45">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | ผู้เข้าชม 184,221</p></footer>
<script src="/js/jquery.min.js"></script>
</body>
</html>
