<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>ITA 2569 :: เทศบาลเมืองโพนทองใต้</title>
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
<div class="crumb"><a href="/index.php">หน้าแรก</a> &raquo; ITA 2569</div>
<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569</h2>
<p>การเปิดเผยข้อมูลสาธารณะ (OIT) เทศบาลเมืองโพนทองใต้ | <a href="/ita.php?year=2568">ITA ปี 2568</a></p>
<p><a href="https://itas.nacc.go.th/go/iit/ptt4510" target="_blank">แบบวัด IIT</a> | <a href="https://itas.nacc.go.th/go/eit/ptt4510" target="_blank">แบบวัด EIT</a></p>
<h4 class="ita-group">9.1 ข้อมูลพื้นฐาน</h4><div class="panel-group" id="acc0"><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc0" href="#collapse1">O1 โครงสร้าง หน้าที่และอำนาจ</a></h5></div>
<div id="collapse1" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/index.php?page=structure">แผนผังโครงสร้างส่วนราชการ</a></li><li><a href="/index.php?page=authority">อำนาจหน้าที่</a></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc0" href="#collapse2">O2 ข้อมูลผู้บริหาร</a></h5></div>
<div id="collapse2" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/index.php?page=executive">คณะผู้บริหารเทศบาล (ฝ่ายการเมืองและฝ่ายประจำ)</a></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc0" href="#collapse3">O3 ข้อมูลการติดต่อและช่องทางการสอบถาม</a></h5></div>
<div id="collapse3" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/index.php?page=contact">ข้อมูลการติดต่อ</a></li><li><a href="/webboard.php">กระดานถาม-ตอบ (Q&amp;A)</a></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc0" href="#collapse4">O4 ข่าวประชาสัมพันธ์</a></h5></div>
<div id="collapse4" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li></ul></div></div>
</div></div><h4 class="ita-group">9.2 การบริหารงาน</h4><div class="panel-group" id="acc1"><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc1" href="#collapse5">O5 แผนพัฒนาท้องถิ่น</a></h5></div>
<div id="collapse5" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O5_%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9E%E0%B8%B1%E0%B8%92%E0%B8%99%E0%B8%B2%E0%B8%97%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B8%96%E0%B8%B4%E0%B9%88%E0%B8%99_2566-2570.pdf" target="_blank">แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc1" href="#collapse6">O6 แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี</a></h5></div>
<div id="collapse6" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O6_%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%94%E0%B8%B3%E0%B9%80%E0%B8%99%E0%B8%B4%E0%B8%99%E0%B8%87%E0%B8%B2%E0%B8%99_2569.pdf" target="_blank">แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/files/ita2569/budget2569.pdf" target="_blank">เทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li>รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน (อยู่ระหว่างจัดทำ)</li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc1" href="#collapse7">O7 รายงานผลการดำเนินงานประจำปี</a></h5></div>
<div id="collapse7" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O7_report2568.pdf" target="_blank">รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc1" href="#collapse8">O8 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่</a></h5></div>
<div id="collapse8" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O8_%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%87%E0%B8%B2%E0%B8%99_%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B9%80%E0%B8%81%E0%B9%87%E0%B8%9A%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B9%84%E0%B8%94%E0%B9%89.pdf" target="_blank">คู่มือการปฏิบัติงาน งานจัดเก็บรายได้</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/files/ita2569/O8_%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%87%E0%B8%B2%E0%B8%99_%E0%B8%AA%E0%B8%B2%E0%B8%A3%E0%B8%9A%E0%B8%A3%E0%B8%A3%E0%B8%93.pdf" target="_blank">คู่มือการปฏิบัติงานสารบรรณ</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc1" href="#collapse9">O9 คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ</a></h5></div>
<div id="collapse9" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/index.php?page=manual">คู่มือสำหรับประชาชน</a></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc1" href="#collapse10">O10 ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)</a></h5></div>
<div id="collapse10" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/index.php?page=eservice">E-Service</a></li></ul></div></div>
</div></div><h4 class="ita-group">9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</h4><div class="panel-group" id="acc2"><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc2" href="#collapse11">O11 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569</a></h5></div>
<div id="collapse11" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O11_%E0%B8%AA%E0%B8%82%E0%B8%A31_%E0%B8%95%E0%B8%B8%E0%B8%A5%E0%B8%B2%E0%B8%84%E0%B8%A1_2568.pdf" target="_blank">สขร.1 เดือนตุลาคม 2568</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/files/ita2569/O11_%E0%B8%AA%E0%B8%82%E0%B8%A31_%E0%B8%9E%E0%B8%A4%E0%B8%A8%E0%B8%88%E0%B8%B4%E0%B8%81%E0%B8%B2%E0%B8%A2%E0%B8%99_2568.pdf" target="_blank">สขร.1 เดือนพฤศจิกายน 2568</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/files/ita2569/O11_%E0%B8%AA%E0%B8%82%E0%B8%A31_%E0%B8%98%E0%B8%B1%E0%B8%99%E0%B8%A7%E0%B8%B2%E0%B8%84%E0%B8%A1_2568.pdf" target="_blank">สขร.1 เดือนธันวาคม 2568</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/files/ita2569/O11_%E0%B8%AA%E0%B8%82%E0%B8%A31_%E0%B8%A1%E0%B8%81%E0%B8%A3%E0%B8%B2%E0%B8%84%E0%B8%A1_2569.pdf" target="_blank">สขร.1 เดือนมกราคม 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/files/ita2569/O11_%E0%B8%AA%E0%B8%82%E0%B8%A31_%E0%B8%81%E0%B8%B8%E0%B8%A1%E0%B8%A0%E0%B8%B2%E0%B8%9E%E0%B8%B1%E0%B8%99%E0%B8%98%E0%B9%8C_2569.pdf" target="_blank">สขร.1 เดือนกุมภาพันธ์ 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/files/ita2569/O11_%E0%B8%AA%E0%B8%82%E0%B8%A31_%E0%B8%A1%E0%B8%B5%E0%B8%99%E0%B8%B2%E0%B8%84%E0%B8%A1_2569.pdf" target="_blank">สขร.1 เดือนมีนาคม 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/files/ita2569/O11_%E0%B8%AA%E0%B8%82%E0%B8%A31_%E0%B9%80%E0%B8%A1%E0%B8%A9%E0%B8%B2%E0%B8%A2%E0%B8%99_2569.pdf" target="_blank">สขร.1 เดือนเมษายน 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/files/ita2569/O11_%E0%B8%AA%E0%B8%82%E0%B8%A31_%E0%B8%95.%E0%B8%84.68-%E0%B8%A1%E0%B8%B5.%E0%B8%84.69.xlsx" target="_blank">สรุปผลการจัดซื้อจัดจ้าง ต.ค. 68 - มี.ค. 69 (Excel)</a></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc2" href="#collapse12">O12 รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</a></h5></div>
<div id="collapse12" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O12_%E0%B8%AA%E0%B8%A3%E0%B8%B8%E0%B8%9B%E0%B8%9C%E0%B8%A5%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%8B%E0%B8%B7%E0%B9%89%E0%B8%AD%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%88%E0%B9%89%E0%B8%B2%E0%B8%87_%E0%B8%9B%E0%B8%B52568.pdf" target="_blank">รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปี 2568 (PDF)</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/files/ita2569/O12_%E0%B8%AA%E0%B8%A3%E0%B8%B8%E0%B8%9B%E0%B8%9C%E0%B8%A5%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%8B%E0%B8%B7%E0%B9%89%E0%B8%AD%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%88%E0%B9%89%E0%B8%B2%E0%B8%87_%E0%B8%9B%E0%B8%B52568.xlsx" target="_blank">รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปี 2568 (Excel)</a></li></ul></div></div>
</div></div><h4 class="ita-group">9.4 การบริหารและพัฒนาทรัพยากรบุคคล</h4><div class="panel-group" id="acc3"><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc3" href="#collapse13">O13 หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569</a></h5></div>
<div id="collapse13" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O13_%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9A%E0%B8%A3%E0%B8%B4%E0%B8%AB%E0%B8%B2%E0%B8%A3%E0%B9%81%E0%B8%A5%E0%B8%B0%E0%B8%9E%E0%B8%B1%E0%B8%92%E0%B8%99%E0%B8%B2%E0%B8%97%E0%B8%A3%E0%B8%B1%E0%B8%9E%E0%B8%A2%E0%B8%B2%E0%B8%81%E0%B8%A3%E0%B8%9A%E0%B8%B8%E0%B8%84%E0%B8%84%E0%B8%A5_2569.pdf" target="_blank">หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ปี 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc3" href="#collapse14">O14 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568</a></h5></div>
<div id="collapse14" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O14_%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9A%E0%B8%A3%E0%B8%B4%E0%B8%AB%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%A3%E0%B8%B1%E0%B8%9E%E0%B8%A2%E0%B8%B2%E0%B8%81%E0%B8%A3%E0%B8%9A%E0%B8%B8%E0%B8%84%E0%B8%84%E0%B8%A5_2567.pdf" target="_blank">รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc3" href="#collapse15">O15 ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม</a></h5></div>
<div id="collapse15" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O15_%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%A7%E0%B8%A5%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%A2%E0%B8%98%E0%B8%A3%E0%B8%A3%E0%B8%A1.pdf" target="_blank">ประมวลจริยธรรมพนักงานเทศบาล</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/files/ita2569/O15_%E0%B8%82%E0%B8%B1%E0%B8%9A%E0%B9%80%E0%B8%84%E0%B8%A5%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%99%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%A2%E0%B8%98%E0%B8%A3%E0%B8%A3%E0%B8%A1_2569.pdf" target="_blank">การขับเคลื่อนจริยธรรม ปี 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/news_detail.php?id=39">กิจกรรมอบรมคุณธรรมจริยธรรม 2569</a></li></ul></div></div>
</div></div><h4 class="ita-group">9.5 การส่งเสริมความโปร่งใส</h4><div class="panel-group" id="acc4"><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc4" href="#collapse16">O16 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></h5></div>
<div id="collapse16" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O16_%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%87%E0%B8%A3%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B9%80%E0%B8%A3%E0%B8%B5%E0%B8%A2%E0%B8%99.pdf" target="_blank">คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc4" href="#collapse17">O17 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></h5></div>
<div id="collapse17" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/index.php?page=complaint">ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</a></li><li><a href="https://wbs.nacc.go.th/" target="_blank">แจ้งเบาะแส สำนักงาน ป.ป.ช.</a></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc4" href="#collapse18">O18 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568</a></h5></div>
<div id="collapse18" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O18_%E0%B8%AA%E0%B8%96%E0%B8%B4%E0%B8%95%E0%B8%B4%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%87%E0%B8%A3%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B9%80%E0%B8%A3%E0%B8%B5%E0%B8%A2%E0%B8%99_2568.pdf" target="_blank">รายงานสถิติเรื่องร้องเรียนการทุจริต ประจำปี 2568</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc4" href="#collapse19">O19 ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ปีงบประมาณ พ.ศ. 2569</a></h5></div>
<div id="collapse19" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/news_detail.php?id=30">ประชาคมเมือง ประจำปี 2569</a></li><li><a href="/files/ita2569/O19_%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B2%E0%B8%84%E0%B8%A1%E0%B9%80%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%87_2569.pdf" target="_blank">รายงานผลการจัดเวทีประชาคมเมือง 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/news_detail.php?id=32">เวทีรับฟังความคิดเห็นโครงการรางระบายน้ำชุมชนหนองแวง</a></li></ul></div></div>
</div></div><h4 class="ita-group">10 การป้องกันการทุจริต</h4><div class="panel-group" id="acc5"><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc5" href="#collapse20">O20 การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ</a></h5></div>
<div id="collapse20" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O20_%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%A8_NoGift_2569.pdf" target="_blank">ประกาศเจตนารมณ์ No Gift Policy ปี 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li><li><a href="/news_detail.php?id=28">กิจกรรมประกาศเจตนารมณ์และให้ความรู้ มาตรา 128</a></li><li><a href="/index.php?page=nogift">ความรู้เรื่องการรับทรัพย์สินโดยธรรมจรรยา</a></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc5" href="#collapse21">O21 การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569</a></h5></div>
<div id="collapse21" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O21_%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B9%80%E0%B8%A1%E0%B8%B4%E0%B8%99%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B9%80%E0%B8%AA%E0%B8%B5%E0%B9%88%E0%B8%A2%E0%B8%87%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95_2569.pdf" target="_blank">การประเมินความเสี่ยงการทุจริต ปี 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc5" href="#collapse22">O22 รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</a></h5></div>
<div id="collapse22" class="panel-collapse collapse"><div class="panel-body"><ul><li>อยู่ระหว่างรวบรวมข้อมูล</li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc5" href="#collapse23">O23 แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569</a></h5></div>
<div id="collapse23" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O23_%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B8%81%E0%B8%B1%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95_2569.pdf" target="_blank">แผนปฏิบัติการป้องกันการทุจริต ปี 2569</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc5" href="#collapse24">O24 รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2568</a></h5></div>
<div id="collapse24" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O24_%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B8%81%E0%B8%B1%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95_2568.pdf" target="_blank">รายงานผลการดำเนินการป้องกันการทุจริต ปี 2568</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc5" href="#collapse25">O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร</a></h5></div>
<div id="collapse25" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O25_%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%99%E0%B8%B3%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B9%80%E0%B8%A1%E0%B8%B4%E0%B8%99ITA2568%E0%B9%84%E0%B8%9B%E0%B8%AA%E0%B8%B9%E0%B9%88%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9E%E0%B8%B1%E0%B8%92%E0%B8%99%E0%B8%B2.pdf" target="_blank">การนำผลการประเมิน ITA 2568 ไปสู่การพัฒนาองค์กร</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div><div class="panel panel-default">
<div class="panel-heading"><h5 class="panel-title"><a data-toggle="collapse" data-parent="#acc5" href="#collapse26">O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568</a></h5></div>
<div id="collapse26" class="panel-collapse collapse"><div class="panel-body"><ul><li><a href="/files/ita2569/O25_%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%99%E0%B8%B3%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B9%80%E0%B8%A1%E0%B8%B4%E0%B8%99ITA2568%E0%B9%84%E0%B8%9B%E0%B8%AA%E0%B8%B9%E0%B9%88%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9E%E0%B8%B1%E0%B8%92%E0%B8%99%E0%B8%B2.pdf" target="_blank">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</a> <img src="/images/pdf.gif" alt="pdf" width="16" height="16"></li></ul></div></div>
</div></div>
<p><small>ปรับปรุงข้อมูลล่าสุด ๘ พฤษภาคม ๒๕๖๙</small></p>

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
