<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>องค์การบริหารส่วนจังหวัดศรีวารินทร์ :: หน้าแรก</title>
<link href="/css/template.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="top"><div class="wrap"><img src="/images/logo_pao.png" width="80" alt="ตราสัญลักษณ์">
<div class="sitename">องค์การบริหารส่วนจังหวัดศรีวารินทร์<br><span>Srivarin Provincial Administrative Organization</span></div></div></div>
<div id="menu"><ul class="dropdown">
<li><a href="/index.php">หน้าแรก</a></li>
<li><a href="javascript:void(0)">ข้อมูลหน่วยงาน</a><ul>
 <li><a href="/index.php?mod=content&amp;id=10">ประวัติความเป็นมา</a></li>
 <li><a href="/index.php?mod=content&amp;id=11">โครงสร้างองค์กร</a></li>
 <li><a href="/index.php?mod=content&amp;id=12">อำนาจหน้าที่</a></li>
 <li><a href="/index.php?mod=content&amp;id=13">คณะผู้บริหาร</a></li>
 <li><a href="/index.php?mod=content&amp;id=15">หัวหน้าส่วนราชการ</a></li></ul></li>
<li><a href="/index.php?mod=news&amp;cat=1">ข่าวประชาสัมพันธ์</a></li>
<li><a href="javascript:void(0)">แผนงาน</a><ul>
 <li><a href="/index.php?mod=content&amp;id=21">แผนพัฒนาท้องถิ่น</a></li>
 <li><a href="/index.php?mod=content&amp;id=22">แผนการดำเนินงาน</a></li></ul></li>
<li><a href="/index.php?mod=egp&amp;year=2569">จัดซื้อจัดจ้าง</a></li>
<li><a href="/index.php?mod=eservice">E-Service</a></li>
<li><a href="/index.php?mod=ita&amp;id=2569">ITA</a></li>
<li><a href="/index.php?mod=webboard">กระดานถาม-ตอบ</a></li>
<li><a href="/index.php?mod=content&amp;id=30">ร้องเรียนการทุจริต</a></li>
<li><a href="/index.php?mod=content&amp;id=14">ติดต่อเรา</a></li>
</ul></div>
<div id="content"><div class="box"><div class="box-title">หน้าแรก</div>
<div class="box-body">
<table width="100%"><tr><td valign="top" width="68%">
<h3>ข่าวประชาสัมพันธ์</h3>
<ul>
<li><a href="/index.php?mod=news&amp;id=1187">อบจ.ศรีวารินทร์ จัดโครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) ประจำปี 2569</a> (24/02/2569)</li>
<li><a href="/index.php?mod=news&amp;id=1172">นายก อบจ.ศรีวารินทร์ ลงพื้นที่ตรวจติดตามโครงการก่อสร้างถนนลาดยาง สายบ้านโคก-หนองแวง</a> (16/01/2569)</li>
<li><a href="/index.php?mod=news&amp;id=1150">ประชุมสภา อบจ.ศรีวารินทร์ สมัยสามัญ สมัยแรก ประจำปี 2569</a> (10/12/2568)</li>
</ul>
<p><a href="/index.php?mod=news&amp;cat=1">&raquo; ข่าวทั้งหมด</a></p>
<h3>ประกาศจัดซื้อจัดจ้าง</h3>
<p><a href="/index.php?mod=egp&amp;year=2569">สรุปผลการจัดซื้อจัดจ้างประจำเดือน (สขร.1) ปีงบประมาณ 2569</a></p>
</td><td valign="top">
<p><a href="/index.php?mod=ita&amp;id=2569"><img src="/images/banner_ita.png" alt="ITA 2569" /></a></p>
<p><a href="/index.php?mod=ita&amp;id=2569">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2569</a></p>
<p><a href="/index.php?mod=eservice">บริการออนไลน์ E-Service</a></p>
<p><a href="/index.php?mod=webboard">กระดานถาม-ตอบ (Webboard)</a></p>
<p><a href="/index.php?mod=content&amp;id=30">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>
<p><a href="https://www.facebook.com/srivarinpao">Facebook Fanpage</a></p>
</td></tr></table>
</div></div></div>
<div id="footer"><b>องค์การบริหารส่วนจังหวัดศรีวารินทร์</b><br>ศาลากลางจังหวัดศรีวารินทร์ (หลังเก่า) ถนนศรีวารินทร์-บ้านโคก ตำบลในเมือง อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ 34290<br>
โทรศัพท์ 0-4531-7700 โทรสาร 0-4531-7701 E-mail: saraban@srivarinpao.go.th<br>
<a href="https://www.facebook.com/srivarinpao">Facebook อบจ.ศรีวารินทร์</a> | สถิติผู้เข้าชม 1,204,557 ครั้ง<br>
Copyright &copy; 2026 Srivarin PAO. Powered by SV-CMS 3.2</div>
</body>
</html>
