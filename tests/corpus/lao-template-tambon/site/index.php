<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>หน้าหลัก - เทศบาลตำบลโคกสำราญ</title>
<link rel="stylesheet" type="text/css" href="/templates/t21/style.css" />
<script type="text/javascript" src="/templates/t21/accordion.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/header.jpg" width="1000" height="180" alt="เทศบาลตำบลโคกสำราญ" /></td></tr>
<tr><td colspan="2" class="topmenu"><a href="/index.php">หน้าหลัก</a> | <a href="/index.php?op=dynamiccontent&amp;id=1">ประวัติความเป็นมา</a> | <a href="/index.php?op=dynamiccontent&amp;id=2">โครงสร้างส่วนราชการ</a> | <a href="/index.php?op=dynamiccontent&amp;id=3">คณะผู้บริหาร</a> | <a href="/index.php?op=news">ข่าวประชาสัมพันธ์</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">ยินดีต้อนรับสู่เว็บไซต์เทศบาลตำบลโคกสำราญ อำเภอโนนสะอาด จังหวัดอุดรธานี</marquee></td></tr>
<tr>
<td width="220" valign="top" class="leftmenu"><div class="mhead">เมนูหลัก</div><ul>
<li><img src="/images/bullet.gif" alt="" /> <a href="/index.php">หน้าหลัก</a></li>
<li><img src="/images/bullet.gif" alt="" /> <a href="/index.php?op=dynamiccontent&amp;id=1">ประวัติความเป็นมา</a></li>
<li><img src="/images/bullet.gif" alt="" /> <a href="/index.php?op=dynamiccontent&amp;id=2">โครงสร้างส่วนราชการ</a></li>
<li><img src="/images/bullet.gif" alt="" /> <a href="/index.php?op=dynamiccontent&amp;id=3">คณะผู้บริหาร</a></li>
<li><img src="/images/bullet.gif" alt="" /> <a href="/index.php?op=news">ข่าวประชาสัมพันธ์</a></li>
<li><img src="/images/bullet.gif" alt="" /> <a href="/index.php?op=webboard">กระดานถาม-ตอบ</a></li>
<li><img src="/images/bullet.gif" alt="" /> <a href="/index.php?op=eservice">E-Service</a></li>
<li><img src="/images/bullet.gif" alt="" /> <a href="/index.php?op=dynamiccontent&amp;id=7">ร้องเรียนการทุจริต</a></li>
<li><img src="/images/bullet.gif" alt="" /> <a href="/index.php?op=dynamiccontent&amp;id=30">การประเมิน ITA</a></li>
<li><img src="/images/bullet.gif" alt="" /> <a href="/index.php?op=dynamiccontent&amp;id=5">ติดต่อเรา</a></li>
</ul>
<div class="mhead">ลิงก์หน่วยงาน</div><ul>
<li><a href="https://www.dla.go.th" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://itas.nacc.go.th" target="_blank">ระบบ ITAS</a></li>
<li><a href="http://www.info.go.th" target="_blank">ศูนย์ข้อมูลข่าวสาร</a></li>
</ul></td>
<td width="780" valign="top" class="content">
<div class="ctitle">หน้าหลัก</div>

<div class="box"><div class="bhead">สารจากนายกเทศมนตรี</div>
<p>ยินดีต้อนรับทุกท่านเข้าสู่เว็บไซต์เทศบาลตำบลโคกสำราญ เว็บไซต์นี้จัดทำขึ้นเพื่อเผยแพร่ข้อมูลข่าวสารของเทศบาลให้ประชาชนได้รับทราบ</p></div>
<div class="box"><div class="bhead">ข่าวประชาสัมพันธ์ล่าสุด</div><ul><li>[15 ม.ค. 2569] <a href="/index.php?op=news&amp;id=112">เทศบาลตำบลโคกสำราญ ออกหน่วยบริการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างเคลื่อนที่ ประจำปี 2569</a></li>
<li>[2 ธ.ค. 2568] <a href="/index.php?op=news&amp;id=108">โครงการฝึกอบรมส่งเสริมคุณธรรม จริยธรรม และประมวลจริยธรรมของเจ้าหน้าที่ ประจำปีงบประมาณ พ.ศ. 2569</a></li>
<li>[10 พ.ย. 2568] <a href="/index.php?op=news&amp;id=104">ประชุมคณะกรรมการชุมชนเพื่อเตรียมงานประเพณีลอยกระทง ประจำปี 2568</a></li>
<li>[3 ต.ค. 2568] <a href="/index.php?op=news&amp;id=101">กองช่างซ่อมแซมถนนลูกรังสายบ้านโคก - บ้านหนองแวง หลังน้ำท่วม</a></li></ul><p align="right"><a href="/index.php?op=news">อ่านทั้งหมด &gt;&gt;</a></p></div>
<div class="box"><div class="bhead">การประเมินคุณธรรมและความโปร่งใส (ITA)</div>
<p><a href="/index.php?op=dynamiccontent&id=30"><img src="/images/banner_ita2569.jpg" alt="ITA 2569" width="300" /></a></p></div>
<div class="box"><div class="bhead">ช่องทางร้องเรียน</div><p><a href="/index.php?op=dynamiccontent&amp;id=7">แจ้งเรื่องร้องเรียนการทุจริต</a> | <a href="/index.php?op=webboard">ถาม-ตอบ</a></p></div>

</td></tr>
<tr><td colspan="2" class="bottom">เทศบาลตำบลโคกสำราญ อำเภอโนนสะอาด จังหวัดอุดรธานี 41240 โทร. 042-219-455 | สงวนลิขสิทธิ์ &copy; 2568 | ผู้ดูแลเว็บไซต์ : งานประชาสัมพันธ์ สำนักปลัดเทศบาล<br />
Powered by LAO Web Template Service</td></tr>
</table>
</body>
</html>
