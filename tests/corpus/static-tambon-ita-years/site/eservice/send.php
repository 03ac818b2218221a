<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset="utf-8">
<title>E-Service :: เทศบาลตำบลห้วยทรายคำ</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF">
<table width="960" align="center"><tr><td><img src="/images/top.png" width="960" height="110" alt="เทศบาลตำบลห้วยทรายคำ"></td></tr></table>
<table width="100%" class="menubar"><tr>
<td><a href="/index.html">หน้าแรก</a></td>
<td><a href="/about/history.html">ข้อมูลทั่วไป</a>
 <div class="sub"><a href="/about/history.html">ประวัติ</a> | <a href="/about/structure.html">โครงสร้างส่วนราชการ</a> | <a href="/about/authority.html">อำนาจหน้าที่</a> | <a href="/about/executive.html">คณะผู้บริหาร</a> | <a href="/about/council.html">สมาชิกสภาเทศบาล</a></div></td>
<td><a href="/news/index.html">ข่าวประชาสัมพันธ์</a></td>
<td><a href="/service/manual.html">คู่มือประชาชน</a></td>
<td><a href="/eservice/index.html">E-Service</a></td>
<td><a href="/ita/index.html">ITA</a></td>
<td><a href="/stat/index.html">ข้อมูลสถิติ</a></td>
<td><a href="/complaint/index.html">ร้องเรียนการทุจริต</a></td>
<td><a href="/webboard/">กระดานถาม-ตอบ</a></td>
<td><a href="/about/contact.html">ติดต่อเรา</a></td>
</tr></table>
<table width="960" align="center"><tr><td class="content">
<h2>E-Service</h2>
<p>ระบบได้รับคำร้องของท่านเรียบร้อยแล้ว เจ้าหน้าที่จะติดต่อกลับภายใน ๑ วันทำการ</p>
</td></tr></table>
<div class="footer">เทศบาลตำบลห้วยทรายคำ เลขที่ ๙๙ หมู่ที่ ๓ ตำบลห้วยทรายคำ อำเภอแม่ลานนา จังหวัดพนาสวรรค์ ๕๐๒๘๐<br>โทรศัพท์ ๐-๕๓๔๕-๖๗๘๙ โทรสาร ๐-๕๓๔๕-๖๗๙๐ อีเมล saraban@huaisaikham.go.th<br>
Copyright &copy; ๒๕๕๘ เทศบาลตำบลห้วยทรายคำ All rights reserved.</div>
</body>
</html>
