<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta content="width=device-width, initial-scale=1.0" name="viewport">
  <link href="../lib/bootstrap/css/bootstrap.min.css" rel="stylesheet">
  <link href="../img/favicon.png" rel="icon">
  <link href="https://fonts.googleapis.com/css?family=K2D|Prompt&display=swap" rel="stylesheet">
  <link href="../lib/font-awesome/css/font-awesome.min.css" rel="stylesheet">
  <link href="../css/style.css" rel="stylesheet">
  <link href="../css/tree.css" rel="stylesheet">
 <title>ส่งเรื่องร้องเรียน : สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส</title>
</head>
<body>
 <!--/ Nav Star /-->
  <nav class="navbar navbar-default navbar-trans navbar-expand-lg fixed-top">
    <div class="container">
      <button class="navbar-toggler collapsed" type="button" data-toggle="collapse" data-target="#navbarDefault"
        aria-controls="navbarDefault" aria-expanded="false" aria-label="Toggle navigation">
        <span></span><span></span><span></span>
      </button>
      <a class="navbar-brand text-brand" href="../page/index.php">LamNamSai...<span class="color-b">PSDHS.</span></a>
      <div class="navbar-collapse collapse justify-content-center" id="navbarDefault">
        <ul class="navbar-nav">
          <li class="nav-item">
            <a class="nav-link active" href="../page/index.php">หน้าแรก</a>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button" data-toggle="dropdown"
              aria-haspopup="true" aria-expanded="false">
             เกี่ยวกับเรา
            </a>
            <div class="dropdown-menu" aria-labelledby="navbarDropdown">
              <a class="dropdown-item nav-link" href="history.php">ประวัติความเป็นมา</a>
              <a class="dropdown-item nav-link" href="tree.php">ผังองค์กร</a>
              <a class="dropdown-item nav-link" href="executive.php">ผู้บริหาร</a>
               <a class="dropdown-item nav-link" href="#">ค่านิยม วิสัยทัศน์ พันธกิจ</a>
              <a class="dropdown-item nav-link" href="#">ข้อมูลติด่อ</a>
            </div>
          </li>
          <li class="nav-item">
            <a class="nav-link" href="..#no1">ความรู้</a>
          </li>
          <li class="nav-item">
            <a class="nav-link" href="..#no2">ข่าวสาร</a>
          </li>
          <li class="nav-item">
            <a class="nav-link" href="procure.php">จัดซื้อจัดจ้าง</a>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" id="navbarDropdown2" role="button" data-toggle="dropdown"
               aria-haspopup="true" aria-expanded="false">
                ITA
            </a>
            <div class="dropdown-menu" aria-labelledby="navbarDropdown2">
                <a class="dropdown-item nav-link" href="ITA69.php">ITA ปีงบฯ 2569</a>
                <a class="dropdown-item nav-link" href="ITA68.php">ITA ปีงบฯ 2568</a>
                <a class="dropdown-item nav-link" href="ITA67.php">ITA ปีงบฯ 2567</a>
            </div>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" id="navbarDropdown3" role="button" data-toggle="dropdown"
               aria-haspopup="true" aria-expanded="false">
                บริการประชาชน
            </a>
            <div class="dropdown-menu" aria-labelledby="navbarDropdown3">
                <a class="dropdown-item nav-link" href="service.php">ดาวน์โหลดแบบฟอร์ม / E-Service</a>
                <a class="dropdown-item nav-link" href="webboard.php">กระดานถาม-ตอบ</a>
                <a class="dropdown-item nav-link" href="complaint.php">แจ้งเรื่องร้องเรียนการทุจริต</a>
            </div>
          </li>
<!--            <li class="nav-item">-->
<!--                     <a class="nav-link" href="ITA.php">ITA</a>-->
<!--          </li>-->
          <li class="nav-item">
            <a class="nav-link" href="login.php">เจ้าหน้าที่</a>
          </li>
        </ul>
      </div>
    </div>
  </nav>
  <!--/ Nav End /-->

  <section class="intro-single">
    <div class="container">
      <div class="row">
        <div class="col-md-12 col-lg-8">
          <div class="title-single-box">
            <h1 class="title-single">ส่งเรื่องร้องเรียน</h1>
          </div>
        </div>
        <div class="col-md-12 col-lg-4">
          <nav aria-label="breadcrumb" class="breadcrumb-box d-flex justify-content-lg-end">
            <ol class="breadcrumb">
              <li class="breadcrumb-item">
                <a href="index.php">หน้าหลัก</a>
              </li>
              <li class="breadcrumb-item active" aria-current="page">ส่งเรื่องร้องเรียน</li>
            </ol>
          </nav>
        </div>
      </div>
    </div>
  </section>
  <section class="news-single nav-arrow-b">
    <div class="container">
      <p>ระบบได้รับเรื่องร้องเรียนของท่านแล้ว เลขที่รับเรื่อง C69-0000 เจ้าหน้าที่จะดำเนินการภายใน 15 วันทำการ</p>
      <p><a href="complaint.php">กลับ</a></p>

    </div>
  </section>
  <!--/ footer Star /-->
  <section class="section-footer">
    <div class="container">
      <div class="row">
        <div class="col-sm-12 col-md-4">
          <div class="widget-a">
            <div class="w-header-a">
              <h3 class="w-title-a text-brand">ที่อยู่ติดต่อ</h3>
            </div>
            <div class="w-body-a">
              <p class="w-text-a color-text-a">
                สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส
              </p>
            </div>
            <div class="w-footer-a">
              <ul class="list-unstyled">
                <li class="color-a">
                  <span class="color-text-a">ศาลากลางจังหวัดลำน้ำใส ชั้น 2 ถนนศรีสุริยวงศ์ ตำบลในเมือง อำเภอเมืองลำน้ำใส จังหวัดลำน้ำใส 47110</span>
                </li>
                <li class="color-a">
                  <span class="color-text-a">เบอร์โทรศัพท์ : 0-4271-1460 โทรสาร : 0-4271-1461</span>
                </li>
                <li class="color-a">
                  <span class="color-text-a">อีเมล : lamnamsai@m-society.go.th</span>
                </li>
                <li class="color-a">
                  <span class="color-text-a">ศูนย์ช่วยเหลือสังคม สายด่วน 1300 (ตลอด 24 ชั่วโมง)</span>
                </li>
              </ul>
            </div>
          </div>
        </div>
        <div class="col-sm-12 col-md-4 section-md-t3">
          <div class="widget-a">
            <div class="w-header-a">
              <h3 class="w-title-a text-brand">เว็บไซต์หน่วยงานกระทรวง</h3>
            </div>
            <div class="w-body-a">
              <div class="w-body-a">
                <ul class="list-unstyled">
                  <li class="item-list-a">
                    <i class="fa fa-angle-right"></i> <a href="https://www.m-society.go.th/">กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์</a>
                  </li>
                  <li class="item-list-a">
                    <i class="fa fa-angle-right"></i> <a href="https://www.dsdw.go.th/">กรมพัฒนาสังคมและสวัสดิการ</a>
                  </li>
                  <li class="item-list-a">
                    <i class="fa fa-angle-right"></i> <a href="https://www.dop.go.th/">กรมกิจการผู้สูงอายุ</a>
                  </li>
                  <li class="item-list-a">
                    <i class="fa fa-angle-right"></i> <a href="https://dep.go.th/">กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ</a>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </div>
        <div class="col-sm-12 col-md-4 section-md-t3">
          <div class="widget-a">
            <div class="w-header-a">
              <h3 class="w-title-a text-brand">แผนที่</h3>
            </div>
<!--             <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3880.8!2d103.1!3d16.4" width="100%" height="200" frameborder="0" style="border:0" allowfullscreen></iframe>  -->
                <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3826.9!2d103.4987!3d16.4391!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="200" frameborder="0" style="border:0" allowfullscreen></iframe>
          </div>
        </div>
      </div>
    </div>
  </section>
  <footer>
    <div class="container">
      <div class="row">
        <div class="col-md-12">
          <nav class="nav-footer">
            <ul class="list-inline">
              <li class="list-inline-item">
                <a href="#">หน้าหลัก</a>
              </li>
              <li class="list-inline-item">
                <a href="#">เกี่ยวกับเรา</a>
              </li>
              <li class="list-inline-item">
                <a href="#">ข่าวสาร</a>
              </li>
            </ul>
          </nav>
          <div class="copyright-footer">
            <p class="copyright color-text-a">
              &copy; Copyright
              <span class="color-a">LamNamSai PSDHS</span> All Rights Reserved. ผู้เข้าชม 48,233
            </p>
          </div>
        </div>
      </div>
    </div>
  </footer>
  <!--/ Footer End /-->
   <script src="../lib/jquery/jquery.min.js"></script>
   <script src="../lib/bootstrap/js/bootstrap.min.js"></script>
  <script src="../js/main.js"></script>
</body>
</html>
