<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>โครงสร้างส่วนราชการ :: ที่ว่าการอำเภอห้วยม่วงทอง</title>
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
<h3>โครงสร้างส่วนราชการที่ว่าการอำเภอห้วยม่วงทอง</h3>
<p><img src="/images/structure_2569.png" class="img-responsive" alt="แผนผังโครงสร้างที่ว่าการอำเภอห้วยม่วงทอง"></p>
<p>ที่ว่าการอำเภอห้วยม่วงทอง มีนายอำเภอเป็นผู้บังคับบัญชาข้าราชการในอำเภอ และรับผิดชอบการบริหารราชการของอำเภอ แบ่งส่วนงานภายในดังนี้</p>
<ol>
<li><strong>ฝ่ายบริหารงานปกครอง</strong> – ปลัดอำเภอ (หัวหน้าฝ่ายบริหารงานปกครอง) งานสารบรรณ งานบุคคล งานแผนงาน งานการเงินและบัญชี</li>
<li><strong>ฝ่ายทะเบียนและบัตร</strong> – งานทะเบียนราษฎร บัตรประจำตัวประชาชน ทะเบียนครอบครัว ทะเบียนพินัยกรรม</li>
<li><strong>ฝ่ายความมั่นคง</strong> – งานอาสารักษาดินแดน (อส.) งานป้องกันและบรรเทาสาธารณภัย งานกิจการชายแดน</li>
<li><strong>ฝ่ายปกครอง</strong> – งานกำนัน ผู้ใหญ่บ้าน งานอำนวยความเป็นธรรม งานทะเบียนทั่วไป งานที่ดิน</li>
<li><strong>ฝ่ายการเงินและบัญชี</strong> – งานการเงิน งานบัญชี งานพัสดุ</li>
<li><strong>ศูนย์ดำรงธรรมอำเภอ</strong> – รับเรื่องร้องเรียนร้องทุกข์ และให้บริการข้อมูลข่าวสาร</li>
</ol>
<p>ส่วนราชการประจำอำเภอ ดู <a href="/about/units.php">ส่วนราชการประจำอำเภอ</a> / อำนาจหน้าที่ ดู <a href="/about/authority.php">อำนาจหน้าที่</a></p>
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
