<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>ร้องเรียนการทุจริต :: เทศบาลเมืองโพนทองใต้</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/style.css">
<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/bootstrap.min.js"></script>
</head>
<body>
<div id="header"><img src="/images/banner.png" alt="เทศบาลเมืองโพนทองใต้" width="960" height="110"></div>
<div id="topmenu"><ul class="nav">
<li><a href="/index.php">หน้าแรก</a></li>
<li><a href="/index.php?page=history">ข้อมูลพื้นฐาน</a></li>
<li><a href="/index.php?page=structure">โครงสร้างองค์กร</a></li>
<li><a href="/index.php?page=executive">คณะผู้บริหาร</a></li>
<li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/index.php?page=procurement">ข่าวจัดซื้อจัดจ้าง</a></li>
<li><a href="/ita.php">ITA 2569</a></li>
<li><a href="/index.php?page=contact">ติดต่อเรา</a></li>
</ul></div>
<table width="980" align="center" cellpadding="0" cellspacing="0" id="main"><tr>
<td width="220" valign="top" id="left">
<div class="lm-head">ข้อมูลหน่วยงาน</div><ul class="lm"><li><a href="/index.php?page=history">ประวัติและสภาพทั่วไป</a></li><li><a href="/index.php?page=authority">อำนาจหน้าที่</a></li><li><a href="/index.php?page=structure">โครงสร้างส่วนราชการ</a></li><li><a href="/index.php?page=executive">คณะผู้บริหาร</a></li><li><a href="/index.php?page=council">สมาชิกสภาเทศบาล</a></li></ul><div class="lm-head">แผนงาน / งบประมาณ</div><ul class="lm"><li><a href="/index.php?page=plan">แผนพัฒนาท้องถิ่น</a></li><li><a href="/index.php?page=budget">เทศบัญญัติงบประมาณ</a></li><li><a href="/index.php?page=procurement">ประกาศจัดซื้อจัดจ้าง</a></li></ul><div class="lm-head">บริการประชาชน</div><ul class="lm"><li><a href="/index.php?page=eservice">E-Service / ดาวน์โหลดแบบฟอร์ม</a></li><li><a href="/index.php?page=manual">คู่มือสำหรับประชาชน</a></li><li><a href="/webboard.php">กระดานถาม-ตอบ (Q&A)</a></li><li><a href="/index.php?page=complaint">ร้องเรียนการทุจริต</a></li></ul><div class="lm-head">ความโปร่งใส</div><ul class="lm"><li><a href="/ita.php">ITA ปี 2569</a></li><li><a href="/ita.php?year=2568">ITA ปี 2568</a></li><li><a href="/index.php?page=ethics">ประมวลจริยธรรม</a></li><li><a href="/index.php?page=nogift">No Gift Policy</a></li></ul><div class="lm-head">ลิงก์หน่วยงาน</div><ul class="lm"><li><a href="http://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="http://www.roiet.go.th/" target="_blank">จังหวัดร้อยเอ็ด</a></li><li><a href="https://www.gprocurement.go.th/" target="_blank">ระบบ e-GP กรมบัญชีกลาง</a></li><li><a href="https://www.facebook.com/phonthongtai.city" target="_blank">Facebook เทศบาล</a></li></ul>
</td>
<td valign="top" id="content">

<p>ระบบได้รับเรื่องร้องเรียนของท่านแล้ว เลขที่รับเรื่องจะแจ้งกลับทางช่องทางที่ท่านระบุภายใน 7 วันทำการ</p>
</td></tr></table>
<div id="footer">
<b>เทศบาลเมืองโพนทองใต้</b><br>
เลขที่ 99 หมู่ 1 ถนนแจ้งสนิท ตำบลโพนทองใต้ อำเภอโพนทองใต้ จังหวัดร้อยเอ็ด 45110<br>
โทรศัพท์ 0-4357-1234 โทรสาร 0-4357-1235 อีเมล saraban@phonthongtai.go.th<br>
เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)<br>
Copyright &copy; 2555-2569 เทศบาลเมืองโพนทองใต้ | ผู้ดูแลระบบ งานประชาสัมพันธ์ สำนักปลัดเทศบาล | ผู้เข้าชม 1,204,518 ครั้ง
</div>
</body>
</html>
