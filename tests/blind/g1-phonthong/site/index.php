<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>หน้าแรก :: เทศบาลเมืองโพนทองใต้</title>
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


<div class="row"><div class="col-md-8">
<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3>
<ul class="news"><li><a href="/news_detail.php?id=43">ประชาสัมพันธ์การเตรียมรับมือฤดูฝน ขุดลอกรางระบายน้ำ</a> <span class="date">(7 พ.ค. 2569)</span></li>
<li><a href="/news_detail.php?id=42">กิจกรรมวันฉัตรมงคล 4 พฤษภาคม 2569</a> <span class="date">(5 พ.ค. 2569)</span></li>
<li><a href="/news_detail.php?id=41">ตรวจคุณภาพน้ำประปาหมู่บ้าน</a> <span class="date">(30 เม.ย. 2569)</span></li>
<li><a href="/news_detail.php?id=40">ประกาศผู้ชนะการเสนอราคา โครงการก่อสร้างถนน คสล. ซอยศรีสุข 3</a> <span class="date">(๒๔ เม.ย. ๒๕๖๙)</span></li>
<li><a href="/news_detail.php?id=39">อบรมคุณธรรมจริยธรรมพนักงานเทศบาล ประจำปี 2569</a> <span class="date">(18 เม.ย. 2569)</span></li>
<li><a href="/news_detail.php?id=38">โครงการรดน้ำดำหัวผู้สูงอายุ เทศกาลสงกรานต์ 2569</a> <span class="date">(10 เม.ย. 2569)</span></li>
<li><a href="/news_detail.php?id=37">ประชาสัมพันธ์ รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2569</a> <span class="date">(3 เม.ย. 2569)</span></li>
<li><a href="/news_detail.php?id=36">ตรวจติดตามการก่อสร้างถนน คสล. ซอยศรีสุข 3</a> <span class="date">(27 มี.ค. 2569)</span></li></ul>
<p align="right"><a href="/news.php">ดูข่าวทั้งหมด &raquo;</a></p>
<h3>ประกาศจัดซื้อจัดจ้าง</h3>
<ul>
<li><a href="/index.php?page=procurement">ประกาศผู้ชนะการเสนอราคา โครงการก่อสร้างถนน คสล. ซอยศรีสุข 3 (เม.ย. 2569)</a></li>
<li><a href="/index.php?page=procurement">ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569</a></li>
</ul>
</div>
<div class="col-md-4">
<div class="box"><b>สารจากนายกเทศมนตรี</b><br><img src="/images/exec/mayor.jpg" width="90" height="112" alt="นายก"><br>
นายสมศักดิ์ ทองประเสริฐ<br>นายกเทศมนตรีเมืองโพนทองใต้</div>
<div class="box"><b>ITA 2569</b><br><a href="/ita.php"><img src="/images/pdf.gif" alt=""> การประเมินคุณธรรมและความโปร่งใส ITA ประจำปี 2569</a><br>
<a href="https://itas.nacc.go.th/go/eit/ptt4510" target="_blank">ร่วมตอบแบบวัด EIT</a></div>
<div class="box"><b>แบบสำรวจความพึงพอใจ</b>
<form action="#" method="get">ท่านพึงพอใจต่อเว็บไซต์เทศบาลเพียงใด<br>
<input type="radio" name="vote" value="5"> มากที่สุด<br><input type="radio" name="vote" value="4"> มาก<br>
<input type="radio" name="vote" value="3"> ปานกลาง<br><input type="button" value="โหวต" onclick="alert('ขอบคุณครับ')"></form></div>
<div class="box"><b>ค้นหา</b><form action="/search.php" method="get"><input name="q" size="14"><input type="submit" value="ค้น"></form></div>
</div></div>

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
