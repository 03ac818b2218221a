<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ITA 2569 :: ที่ว่าการอำเภอห้วยม่วงทอง</title>
<link href="/css/bootstrap.min.css" rel="stylesheet">
<link href="/css/font-awesome.min.css" rel="stylesheet">
<link href="/css/amphoe.css" rel="stylesheet">
</head>
<body>
<div class="header">
 <div class="container">
  <a href="/index.php"><img src="/images/banner.png" alt="ที่ว่าการอำเภอห้วยม่วงทอง จังหวัดลำพูน" class="img-responsive"></a>
 </div>
</div>

<nav class="navbar navbar-default navbar-amphoe">
 <div class="container">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#mainmenu"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
  </div>
  <div class="collapse navbar-collapse" id="mainmenu">
   <ul class="nav navbar-nav">
    <li><a href="/index.php"><i class="fa fa-home"></i> หน้าหลัก</a></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข้อมูลอำเภอ <b class="caret"></b></a>
     <ul class="dropdown-menu">
      <li><a href="/about/history.php">ประวัติอำเภอ</a></li>
      <li><a href="/about/vision.php">วิสัยทัศน์ / พันธกิจ</a></li>
      <li><a href="/about/structure.php">โครงสร้างส่วนราชการ</a></li>
      <li><a href="/about/authority.php">อำนาจหน้าที่</a></li>
      <li><a href="/about/executive.php">ทำเนียบผู้บริหาร</a></li>
      <li><a href="/about/units.php">ส่วนราชการประจำอำเภอ</a></li>
      <li><a href="/about/tambon.php">ข้อมูลตำบล / หมู่บ้าน</a></li>
     </ul>
    </li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข่าวสาร <b class="caret"></b></a>
     <ul class="dropdown-menu">
      <li><a href="/news/index.php">ข่าวประชาสัมพันธ์</a></li>
      <li><a href="/news/index.php?cat=activity">ข่าวกิจกรรม</a></li>
      <li><a href="#">ประกาศจัดซื้อจัดจ้าง</a></li>
     </ul>
    </li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">บริการประชาชน <b class="caret"></b></a>
     <ul class="dropdown-menu">
      <li><a href="/service/manual.php">คู่มือสำหรับประชาชน</a></li>
      <li><a href="/service/eservice.php">บริการออนไลน์ (E-Service)</a></li>
      <li><a href="/damrongdhama/index.php">ศูนย์ดำรงธรรมอำเภอ</a></li>
      <li><a href="/webboard/index.php">กระดานถาม-ตอบ</a></li>
     </ul>
    </li>
    <li><a href="/ita/index.php">ITA 2569</a></li>
    <li><a href="/contact.php">ติดต่อเรา</a></li>
   </ul>
  </div>
 </div>
</nav>

<div class="container">
 <div class="row">
<div class="col-md-9 content">
<h3>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569</h3>
<p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)</p>
<table class="table table-bordered table-ita">
<thead><tr><th style="width:60px">ข้อ</th><th>รายการข้อมูล</th><th style="width:35%">ลิงก์ข้อมูล</th></tr></thead>
<tbody>
<tr><td>O1</td><td>โครงสร้าง หน้าที่และอำนาจ</td><td><a href="/about/structure.php" target="_blank">แผนผังโครงสร้างส่วนราชการ</a><br><a href="/about/authority.php" target="_blank">อำนาจหน้าที่</a></td></tr>
<tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><a href="/about/executive.php" target="_blank">ทำเนียบผู้บริหาร</a></td></tr>
<tr><td>O3</td><td>ข้อมูลการติดต่อและช่องทางการสอบถาม</td><td><a href="/contact.php" target="_blank">ติดต่อเรา</a><br><a href="/webboard/index.php" target="_blank">กระดานถาม-ตอบ</a></td></tr>
<tr><td>O4</td><td>ข่าวประชาสัมพันธ์</td><td><a href="/news/index.php" target="_blank">ข่าวประชาสัมพันธ์</a></td></tr>
<tr><td>O5</td><td>แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</td><td><a href="/ita/detail.php?id=5" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O6</td><td>แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี</td><td><a href="/ita/detail.php?id=6" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O7</td><td>รายงานผลการดำเนินงานประจำปี</td><td><a href="/uploads/ita2569/O7.pdf" target="_blank">รายงานผลการดำเนินงานประจำปี 2568</a></td></tr>
<tr><td>O8</td><td>คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่</td><td><a href="/uploads/ita2569/O8_คู่มือการปฏิบัติงานงานทะเบียนราษฎร.pdf" target="_blank">คู่มือการปฏิบัติงานงานทะเบียนราษฎร</a></td></tr>
<tr><td>O9</td><td>คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ</td><td><a href="/service/manual.php" target="_blank">คู่มือสำหรับประชาชน</a></td></tr>
<tr><td>O10</td><td>ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)</td><td><a href="/ita/detail.php?id=10" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O11</td><td>สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569</td><td><a href="/ita/detail.php?id=11" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O12</td><td>รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</td><td><a href="/uploads/ita2569/O12.pdf" target="_blank">รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568</a></td></tr>
<tr><td>O13</td><td>หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569</td><td><a href="/ita/detail.php?id=13" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O14</td><td>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568</td><td><a href="/ita/detail.php?id=14" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O15</td><td>ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม</td><td><a href="/ita/detail.php?id=15" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O16</td><td>แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td><td><a href="/uploads/ita2569/O16_แนวปฏิบัติการจัดการเรื่องร้องเรียน.pdf" target="_blank">แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></td></tr>
<tr><td>O17</td><td>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td><td><a href="/damrongdhama/index.php" target="_blank">ศูนย์ดำรงธรรมอำเภอ / ช่องทางร้องเรียน</a></td></tr>
<tr><td>O18</td><td>ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568</td><td><a href="/ita/detail.php?id=18" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O19</td><td>ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ปีงบประมาณ พ.ศ. 2569</td><td><a href="/ita/detail.php?id=19" target="_blank">กิจกรรมการมีส่วนร่วม ปี 2569</a></td></tr>
<tr><td>O20</td><td>การขับเคลื่อนนโยบาย No Gift Policy จากการปฏิบัติหน้าที่</td><td><a href="/news/read.php?id=31" target="_blank">ประกาศเจตนารมณ์ No Gift Policy</a></td></tr>
<tr><td>O21</td><td>การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569</td><td><a href="/ita/detail.php?id=21" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O22</td><td>รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568</td><td><a href="/ita/detail.php?id=22" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O23</td><td>แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569</td><td><a href="/uploads/ita2569/O23_แผนปฏิบัติการป้องกันการทุจริต_2569.pdf" target="_blank">แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569</a></td></tr>
<tr><td>O24</td><td>รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2568</td><td><a href="/ita/detail.php?id=24" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O25</td><td>การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร</td><td><a href="/ita/detail.php?id=25" target="_blank">รายละเอียด</a></td></tr>
<tr><td>O26</td><td>รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568</td><td><a href="#" target="_blank">รายงานผลการส่งเสริมคุณธรรม</a></td></tr>
</tbody></table>
<p class="text-muted">ปรับปรุงข้อมูลล่าสุด 24 มีนาคม 2569</p>
</div>
<div class="col-md-3 sidebar">
 <div class="panel panel-primary">
  <div class="panel-heading">เมนูลัด</div>
  <div class="list-group">
   <a class="list-group-item" href="/ita/index.php"><img src="/images/icon-ita.png" alt=""> การประเมินคุณธรรมและความโปร่งใส (ITA)</a>
   <a class="list-group-item" href="/damrongdhama/index.php">ศูนย์ดำรงธรรมอำเภอ / ร้องเรียนร้องทุกข์</a>
   <a class="list-group-item" href="/service/manual.php">คู่มือสำหรับประชาชน</a>
   <a class="list-group-item" href="/webboard/index.php">กระดานถาม-ตอบ</a>
   <a class="list-group-item" href="https://www.dopa.go.th" target="_blank">กรมการปกครอง</a>
   <a class="list-group-item" href="https://www.lamphun.go.th" target="_blank">จังหวัดลำพูน</a>
   <a class="list-group-item" href="https://www.damrongdhama.moi.go.th" target="_blank">ศูนย์ดำรงธรรม กระทรวงมหาดไทย</a>
  </div>
 </div>
 <div class="panel panel-default">
  <div class="panel-heading">สายด่วน</div>
  <div class="panel-body"><p>ศูนย์ดำรงธรรม โทร. 1567</p><p>ที่ว่าการอำเภอ โทร. 053-591-204</p></div>
 </div>
</div>

 </div>
</div>

<footer class="footer">
 <div class="container">
  <div class="row">
   <div class="col-md-8">
    <p><strong>ที่ว่าการอำเภอห้วยม่วงทอง จังหวัดลำพูน</strong></p>
    <p>ถนนลำพูน-ลี้ ตำบลห้วยม่วง อำเภอห้วยม่วงทอง จังหวัดลำพูน 51190</p>
    <p>โทรศัพท์ 053-591-204 โทรสาร 053-591-205 อีเมล huaimuangthong.amphoe@gmail.com</p>
   </div>
   <div class="col-md-4 text-right">
    <p>จำนวนผู้เข้าชม 48,213 ครั้ง</p>
    <p><a href="/contact.php">ติดต่อเรา</a> | <a href="/index.php">หน้าหลัก</a></p>
   </div>
  </div>
  <p class="copyright">Copyright &copy; 2564 อำเภอห้วยม่วงทอง. All rights reserved.</p>
 </div>
</footer>

<script src="/js/jquery.min.js"></script>
<script src="/js/bootstrap.min.js"></script>
</body>
</html>
