<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<title>องค์การบริหารส่วนตำบลหนองตะเคียน :: หน้าหลัก</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#E8F0E0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="980" height="120" alt="องค์การบริหารส่วนตำบลหนองตะเคียน"></td></tr>
<tr><td colspan="2" class="topbar">องค์การบริหารส่วนตำบลหนองตะเคียน อำเภอท่าสะแก จังหวัดสุวรรณธารา &nbsp;|&nbsp; <form method="get" action="index.php"><input type="hidden" name="op" value="search">
ค้นหา <input type="text" name="q" size="14"> <input type="submit" value="ค้นหา"></form></td></tr>
<tr>
<td width="200" valign="top" class="left"><table width="100%" cellpadding="3" cellspacing="0" class="menu">
<tr><td class="menuhead">ข้อมูลพื้นฐาน</td></tr>
<tr><td><a href="index.php">หน้าหลัก</a></td></tr>
<tr><td><a href="index.php?op=about">ประวัติความเป็นมา</a></td></tr>
<tr><td><a href="index.php?op=structure">โครงสร้างส่วนราชการ</a></td></tr>
<tr><td><a href="index.php?op=power">อำนาจหน้าที่</a></td></tr>
<tr><td><a href="index.php?op=executive&amp;side=1">คณะผู้บริหาร</a></td></tr>
<tr><td><a href="index.php?op=executive&amp;side=2">หัวหน้าส่วนราชการ</a></td></tr>
<tr><td class="menuhead">ข่าวสาร</td></tr>
<tr><td><a href="index.php?op=news">ข่าวประชาสัมพันธ์</a></td></tr>
<tr><td><a href="index.php?op=procure&amp;type=skr&amp;year=2569">ผลการจัดซื้อจัดจ้าง (สขร.1)</a></td></tr>
<tr><td><a href="index.php?op=procure&amp;type=report&amp;year=2568">รายงานผลการจัดซื้อจัดจ้างประจำปี</a></td></tr>
<tr><td class="menuhead">แผนงาน/ผลการดำเนินงาน</td></tr>
<tr><td><a href="index.php?op=plan">แผนพัฒนาท้องถิ่น/แผนการดำเนินงาน</a></td></tr>
<tr><td><a href="index.php?op=hr">การบริหารงานบุคคล</a></td></tr>
<tr><td><a href="index.php?op=ethics">ประมวลจริยธรรม</a></td></tr>
<tr><td><a href="index.php?op=nogift">No Gift Policy</a></td></tr>
<tr><td class="menuhead">บริการประชาชน</td></tr>
<tr><td><a href="index.php?op=eservice">E-Service</a></td></tr>
<tr><td><a href="index.php?op=manual">คู่มือสำหรับประชาชน</a></td></tr>
<tr><td><a href="index.php?op=webboard">กระดานถาม-ตอบ</a></td></tr>
<tr><td><a href="index.php?op=corrupt">แจ้งเรื่องร้องเรียนการทุจริต</a></td></tr>
<tr><td><a href="index.php?op=contact">ติดต่อเรา</a></td></tr>
<tr><td class="menuhead">ITA</td></tr>
<tr><td><a href="index.php?op=ita&amp;year=2569"><img src="images/ita2569.gif" border="0" alt="ITA 2569"></a></td></tr>
</table></td>
<td width="780" valign="top" class="content">
<div class="title">หน้าหลัก</div>
<table width="100%"><tr><td valign="top">
<div class="title2">ข่าวประชาสัมพันธ์</div>
<table width="100%" cellpadding="3"><tr><td><img src="images/bullet.gif" width="8" height="8"> <a href="index.php?op=news&amp;id=318">อบต.หนองตะเคียน จัดประชุมประชาคมตำบล เพื่อรับฟังความคิดเห็นการจัดทำแผนพัฒนาท้องถิ่น (เพิ่มเติม) ประจำปี 2569</a></td><td width="90">14/01/2569</td></tr>
<tr><td><img src="images/bullet.gif" width="8" height="8"> <a href="index.php?op=news&amp;id=316">ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569</a></td><td width="90">05/02/2569</td></tr>
<tr><td><img src="images/bullet.gif" width="8" height="8"> <a href="index.php?op=news&amp;id=312">โครงการหนองตะเคียนเกมส์ ครั้งที่ 9 ประจำปี 2569</a></td><td width="90">24/01/2569</td></tr>
<tr><td><img src="images/bullet.gif" width="8" height="8"> <a href="index.php?op=news&amp;id=305">ประกาศรับสมัครบุคคลเพื่อสรรหาเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนายช่างโยธา</a></td><td width="90">01/12/2568</td></tr></table>
<p align="right"><a href="index.php?op=news">ดูทั้งหมด</a></p>
<div class="title2">ประกาศจัดซื้อจัดจ้าง</div>
<p><a href="index.php?op=procure&amp;type=skr&amp;year=2569">สรุปผลการดำเนินการจัดซื้อจัดจ้าง (แบบ สขร.1) ประจำปีงบประมาณ 2569</a></p>
<p><a href="http://process3.gprocurement.go.th/EPROCRssFeedWeb/egpannouncerss.xml?deptId=6471307" target="_blank">ประกาศจัดซื้อจัดจ้างจากระบบ e-GP</a></p>
</td><td width="220" valign="top">
<p><a href="index.php?op=ita&amp;year=2569"><img src="images/ita2569.gif" border="0" alt="ITA 2569"></a></p>
<p><a href="index.php?op=eservice">บริการ E-Service</a></p>
<p><a href="index.php?op=corrupt">แจ้งเรื่องร้องเรียนการทุจริต</a></p>
<p><a href="https://lin.ee/nTk2569" target="_blank">LINE OA @nongtakhian</a></p>
<div class="title2">แบบสำรวจความพึงพอใจ</div>
<form method="post" action="index.php?op=poll&amp;act=vote">
<input type="hidden" name="poll_id" value="5">ท่านพึงพอใจการให้บริการของ อบต. ระดับใด<br>
<input type="radio" name="ans" value="1"> มากที่สุด<br><input type="radio" name="ans" value="2"> มาก<br>
<input type="radio" name="ans" value="3"> ปานกลาง<br><input type="radio" name="ans" value="4"> น้อย<br>
<input type="submit" value="โหวต"> <a href="index.php?op=poll&amp;act=result">ดูผล</a></form>
</td></tr></table>
</td></tr>
<tr><td colspan="2" class="footer">องค์การบริหารส่วนตำบลหนองตะเคียน<br>เลขที่ 99 หมู่ที่ 3 ตำบลหนองตะเคียน อำเภอท่าสะแก จังหวัดสุวรรณธารา 47160<br>
โทรศัพท์ 0-4271-5220 โทรสาร 0-4271-5221 E-mail : admin@nongtakhian.go.th<br>
จำนวนผู้เข้าชม 0358214 &nbsp; Copyright &copy; 2012-2026 www.nongtakhian.go.th All rights reserved. Design by TS-Web</td></tr>
</table>
</body>
</html>
