<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>หน้าหลัก &#8211; สำนักงานชลประทานที่ 18 กรมชลประทาน</title>
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
</head>
<body class="home-template-default home">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2023/05/rid18-logo.png" class="custom-logo" alt="สำนักงานชลประทานที่ 18"></a>
<p class="site-title"><a href="/" rel="home">สำนักงานชลประทานที่ 18 กรมชลประทาน</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">หน้าหลัก</a></li>
<li class="menu-item menu-item-has-children"><a href="/?page_id=10">เกี่ยวกับเรา</a><ul class="sub-menu">
<li class="menu-item"><a href="/?page_id=12">ประวัติความเป็นมา</a></li><li class="menu-item"><a href="/?page_id=14">โครงสร้างองค์กร</a></li>
<li class="menu-item"><a href="/?page_id=16">อำนาจหน้าที่</a></li><li class="menu-item"><a href="/?page_id=18">ผู้บริหาร</a></li></ul></li>
<li class="menu-item menu-item-has-children"><a href="/?cat=3">ข่าวสาร</a><ul class="sub-menu">
<li class="menu-item"><a href="/?cat=3">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/?cat=5">ข่าวจัดซื้อจัดจ้าง</a></li></ul></li>
<li class="menu-item menu-item-has-children"><a href="#">บริการ</a><ul class="sub-menu">
<li class="menu-item"><a href="/?page_id=40">E-Service ขอรับบริการออนไลน์</a></li><li class="menu-item"><a href="/?page_id=42">คู่มือสำหรับประชาชน</a></li></ul></li>
<li class="menu-item menu-item-has-children"><a href="#">ITA</a><ul class="sub-menu">
<li class="menu-item"><a href="/?page_id=2301">ITA 2569</a></li><li class="menu-item"><a href="/?page_id=1880">ITA 2568</a></li></ul></li>
<li class="menu-item"><a href="/?page_id=24">ร้องเรียนการทุจริต</a></li>
<li class="menu-item"><a href="/?page_id=20">ติดต่อเรา</a></li>
</ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="home type-home status-publish"><header class="entry-header"><h1 class="entry-title">หน้าหลัก</h1></header>
<div class="entry-content">
<p><img src="/wp-content/uploads/2023/05/rid18-banner.png" alt="สำนักงานชลประทานที่ 18"></p><h2>ข่าวล่าสุด</h2><ul><li><a href="/?p=2417">สชป.18 ติดตามสถานการณ์น้ำและการเพาะปลูกพืชฤดูแล้ง ปี 2568/69</a> <small>12 กุมภาพันธ์ 2569</small></li><li><a href="/?p=2402">สชป.18 เริ่มส่งน้ำฤดูแล้ง ปี 2568/69 ตามแผนการจัดสรรน้ำ</a> <small>6 มกราคม 2569</small></li><li><a href="/?p=2388">ประชุมคณะกรรมการจัดการชลประทาน (JMC) โครงการส่งน้ำและบำรุงรักษาวังทอง</a> <small>18 ธันวาคม 2568</small></li><li><a href="/?p=2410">สชป.18 ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ พ.ศ. 2569</a> <small>1 ตุลาคม 2568</small></li></ul><h2>ITA</h2><p><a href="/?page_id=2301"><img src="/wp-content/uploads/2025/10/ita2569-banner.png" alt="ITA 2569"></a></p>
</div></article></main></div></div></div>
<footer id="colophon" class="site-footer"><div class="footer-widgets">
<section class="widget"><h2 class="widget-title">สำนักงานชลประทานที่ 18 กรมชลประทาน</h2><p>เลขที่ 219 หมู่ 6 ถนนพิษณุโลก-หล่มสัก ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก 65130<br>โทรศัพท์ 055-311-818 โทรสาร 055-311-819<br>อีเมล rio18@rid.go.th</p></section>
</div><div class="site-info">สงวนลิขสิทธิ์ © 2566 สำนักงานชลประทานที่ 18 | Powered by WordPress</div></footer>
</div>
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</body>
</html>
