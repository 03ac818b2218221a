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
 <title>ITA ปีงบประมาณ 2569 : สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส</title>
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
            <h1 class="title-single">ITA ปีงบประมาณ 2569</h1>
          </div>
        </div>
        <div class="col-md-12 col-lg-4">
          <nav aria-label="breadcrumb" class="breadcrumb-box d-flex justify-content-lg-end">
            <ol class="breadcrumb">
              <li class="breadcrumb-item">
                <a href="index.php">หน้าหลัก</a>
              </li>
              <li class="breadcrumb-item active" aria-current="page">ITA ปีงบประมาณ 2569</li>
            </ol>
          </nav>
        </div>
      </div>
    </div>
  </section>
  <section class="news-single nav-arrow-b">
    <div class="container">
      <div class="row">
        <div class="col-md-12">
          <h3>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569</h3>
          <p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)</p>
        </div>
      </div>
            <div class="row">
                <div class="tree ">
                    <h4>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</h4>
                    <!--/Start box O1/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l1" aria-expanded="false" data-toggle="collapse" href="#l1" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O1 โครงสร้าง หน้าที่และอำนาจ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l1">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="tree.php" style=" font-size: 14px;">
                                                1.1 แผนผังโครงสร้างการแบ่งส่วนราชการ
                                            </a>
                                        </span>
                                    </li>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2569/O1/01.pdf" style=" font-size: 14px; text-align: left;">
                                                1.2 หน้าที่และอำนาจของสำนักงาน
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O1/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O2/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l2" aria-expanded="false" data-toggle="collapse" href="#l2" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O2 ข้อมูลผู้บริหาร
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l2">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="executive.php" style=" font-size: 14px;">
                                                2.1 ข้อมูลผู้บริหาร พมจ.ลำน้ำใส
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O3/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l3" aria-expanded="false" data-toggle="collapse" href="#l3" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O3 ข้อมูลการติดต่อและช่องทางการสอบถาม
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l3">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                3.1 ที่อยู่ หมายเลขโทรศัพท์ อีเมล แผนที่ (ท้ายเว็บไซต์)
                                            </a>
                                        </span>
                                    </li>
                                    <li>
                                        <span>
                                            <a href="webboard.php" style=" font-size: 14px;">
                                                3.2 กระดานถาม-ตอบ (Q&amp;A)
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O4/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l4" aria-expanded="false" data-toggle="collapse" href="#l4" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O4 ข่าวประชาสัมพันธ์
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l4">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="news.php" style=" font-size: 14px;">
                                                4.1 ข่าวประชาสัมพันธ์ ปีงบประมาณ 2569
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O5/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l5" aria-expanded="false" data-toggle="collapse" href="#l5" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O5 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l5">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                5.1 แผนยุทธศาสตร์การพัฒนาสังคมฯ จังหวัดลำน้ำใส
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O5/01.pdf" class="btn btn-sm btn-outline-primary">ดาวน์โหลด</a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O6/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l6" aria-expanded="false" data-toggle="collapse" href="#l6" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O6 แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l6">
                                <ul>
                                    <li>
                                        <span>
            <a class="nav-link" href="#" data-toggle="modal" data-backdrop="static" data-target="#m6-1">6.1 แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569</a>
            <div class="modal fade" id="m6-1" tabindex="-1" role="dialog" aria-labelledby="myModalLabel" aria-hidden="true">
              <div class="modal-dialog modal-lg" role="document">
                <div class="modal-content">
                  <div class="modal-header">
                    <h5 class="modal-title">6.1 แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569</h5>
                  </div>
                  <div class="modal-body mb-0 p-0">
                    <div class="embed-responsive embed-responsive-16by9 z-depth-1-half">
                      <iframe class="embed-responsive-item" src="../upload/ITA/ITA2569/O6/01.pdf" allowfullscreen></iframe>
                    </div>
                  </div>
                  <div class="modal-footer">
                    <button class="btn bnt-lg btn-dark " data-dismiss="modal">ปิด</button>
                  </div>
                </div>
              </div>
            </div>
                                        </span>
                                    </li>
                                    <li>
                                        <span>
            <a class="nav-link" href="#" data-toggle="modal" data-backdrop="static" data-target="#m6-2">6.2 รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน</a>
            <div class="modal fade" id="m6-2" tabindex="-1" role="dialog" aria-labelledby="myModalLabel" aria-hidden="true">
              <div class="modal-dialog modal-lg" role="document">
                <div class="modal-content">
                  <div class="modal-header">
                    <h5 class="modal-title">6.2 รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน</h5>
                  </div>
                  <div class="modal-body mb-0 p-0">
                    <div class="embed-responsive embed-responsive-16by9 z-depth-1-half">
                      <iframe class="embed-responsive-item" src="../upload/ITA/ITA2569/O6/02.pdf" allowfullscreen></iframe>
                    </div>
                  </div>
                  <div class="modal-footer">
                    <button class="btn bnt-lg btn-dark " data-dismiss="modal">ปิด</button>
                  </div>
                </div>
              </div>
            </div>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O7/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l7" aria-expanded="false" data-toggle="collapse" href="#l7" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O7 รายงานผลการดำเนินงานประจำปี
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l7">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                7.1 รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O7/01.pdf" class="btn btn-sm btn-outline-primary">ดาวน์โหลด</a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O8/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l8" aria-expanded="false" data-toggle="collapse" href="#l8" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O8 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l8">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2569/O8/01.pdf" style=" font-size: 14px; text-align: left;">
                                                8.1 คู่มือการปฏิบัติงาน การจ่ายเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O8/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O9/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l9" aria-expanded="false" data-toggle="collapse" href="#l9" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O9 คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l9">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2569/O9/01.pdf" style=" font-size: 14px; text-align: left;">
                                                9.1 คู่มือสำหรับประชาชน การขอรับเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อย
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O9/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O10/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l10" aria-expanded="false" data-toggle="collapse" href="#l10" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O10 ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l10">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="service.php" style=" font-size: 14px;">
                                                10.1 E-Service ดาวน์โหลดแบบฟอร์มคำร้อง
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O11/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l11" aria-expanded="false" data-toggle="collapse" href="#l11" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O11 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l11">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2569/O11/01.pdf" style=" font-size: 14px; text-align: left;">
                                                11.1 แบบ สขร.1 ต.ค. 68 - มี.ค. 69
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O11/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O12/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l12" aria-expanded="false" data-toggle="collapse" href="#l12" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O12 รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l12">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2568/O13/01.pdf" style=" font-size: 14px; text-align: left;">
                                                12.1 รายงานผลการจัดซื้อจัดจ้างประจำปี
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O13/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O13/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l13" aria-expanded="false" data-toggle="collapse" href="#l13" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O13 หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l13">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                13.1 หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ปี 2569
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O13/01.pdf" class="btn btn-sm btn-outline-primary">ดาวน์โหลด</a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O14/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l14" aria-expanded="false" data-toggle="collapse" href="#l14" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O14 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l14">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                14.1 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568 <span class="badge badge-warning">อยู่ระหว่างดำเนินการ</span>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O15/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l15" aria-expanded="false" data-toggle="collapse" href="#l15" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O15 ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l15">
                                <ul>
                                    <li>
                                        <span>
            <a class="nav-link" href="#" data-toggle="modal" data-backdrop="static" data-target="#m15-1">15.1 ประมวลจริยธรรมข้าราชการพลเรือน และการขับเคลื่อนจริยธรรม ปี 2569</a>
            <div class="modal fade" id="m15-1" tabindex="-1" role="dialog" aria-labelledby="myModalLabel" aria-hidden="true">
              <div class="modal-dialog modal-lg" role="document">
                <div class="modal-content">
                  <div class="modal-header">
                    <h5 class="modal-title">15.1 ประมวลจริยธรรมข้าราชการพลเรือน และการขับเคลื่อนจริยธรรม ปี 2569</h5>
                  </div>
                  <div class="modal-body mb-0 p-0">
                    <div class="embed-responsive embed-responsive-16by9 z-depth-1-half">
                      <iframe class="embed-responsive-item" src="../upload/ITA/ITA2569/O15/01.pdf" allowfullscreen></iframe>
                    </div>
                  </div>
                  <div class="modal-footer">
                    <button class="btn bnt-lg btn-dark " data-dismiss="modal">ปิด</button>
                  </div>
                </div>
              </div>
            </div>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O16/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l16" aria-expanded="false" data-toggle="collapse" href="#l16" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O16 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l16">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2569/O16/01.pdf" style=" font-size: 14px; text-align: left;">
                                                16.1 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O16/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O17/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l17" aria-expanded="false" data-toggle="collapse" href="#l17" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O17 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l17">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="complaint.php" style=" font-size: 14px;">
                                                17.1 แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ออนไลน์)
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O18/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l18" aria-expanded="false" data-toggle="collapse" href="#l18" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O18 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l18">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                18.1 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O18/01.pdf">
                                                <!-- <i class="fas fa-file-pdf">  </i>   -->
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O19/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l19" aria-expanded="false" data-toggle="collapse" href="#l19" style="color:#0000FF; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O19 ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ปีงบประมาณ พ.ศ. 2569
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l19">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="content.php?id=121" style=" font-size: 14px;">
                                                19.1 ข่าวการประชุมรับฟังความคิดเห็นภาคีเครือข่ายการพัฒนาสังคม
                                            </a>
                                        </span>
                                    </li>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2569/O19/01.pdf" style=" font-size: 14px; text-align: left;">
                                                19.2 รายงานผลการเปิดโอกาสให้มีส่วนร่วม ปี 2569
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O19/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <h4>ตัวชี้วัดที่ 10 การป้องกันการทุจริต</h4>
                    <!--/Start box O20/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l20" aria-expanded="false" data-toggle="collapse" href="#l20" style="color:#000; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O20 การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l20">
                                <ul>
                                    <li>
                                        <span>
            <a class="nav-link" href="#" data-toggle="modal" data-backdrop="static" data-target="#m20-1">20.1 ประกาศเจตนารมณ์ No Gift Policy ปี 2569 และหลักเกณฑ์มาตรา 128</a>
            <div class="modal fade" id="m20-1" tabindex="-1" role="dialog" aria-labelledby="myModalLabel" aria-hidden="true">
              <div class="modal-dialog modal-lg" role="document">
                <div class="modal-content">
                  <div class="modal-header">
                    <h5 class="modal-title">20.1 ประกาศเจตนารมณ์ No Gift Policy ปี 2569 และหลักเกณฑ์มาตรา 128</h5>
                  </div>
                  <div class="modal-body mb-0 p-0">
                    <div class="embed-responsive embed-responsive-16by9 z-depth-1-half">
                      <iframe class="embed-responsive-item" src="../upload/ITA/ITA2569/O20/01.pdf" allowfullscreen></iframe>
                    </div>
                  </div>
                  <div class="modal-footer">
                    <button class="btn bnt-lg btn-dark " data-dismiss="modal">ปิด</button>
                  </div>
                </div>
              </div>
            </div>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O21/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l21" aria-expanded="false" data-toggle="collapse" href="#l21" style="color:#000; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O21 การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l21">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2568/O23/01.pdf" style=" font-size: 14px; text-align: left;">
                                                21.1 การประเมินความเสี่ยงการทุจริต
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O23/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O22/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l22" aria-expanded="false" data-toggle="collapse" href="#l22" style="color:#000; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O22 รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l22">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2569/O22/01.pdf" style=" font-size: 14px; text-align: left;">
                                                22.1 รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ปี 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O22/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O23/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l23" aria-expanded="false" data-toggle="collapse" href="#l23" style="color:#000; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O23 แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l23">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                23.1 แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O23/01.pdf" class="btn btn-sm btn-outline-primary">ดาวน์โหลด</a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O25/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l24" aria-expanded="false" data-toggle="collapse" href="#l24" style="color:#000; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l24">
                                <ul>
                                    <li>
                                        <span>
            <a class="nav-link" href="#" data-toggle="modal" data-backdrop="static" data-target="#m25-1">25.1 การวิเคราะห์ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรมและความโปร่งใส</a>
            <div class="modal fade" id="m25-1" tabindex="-1" role="dialog" aria-labelledby="myModalLabel" aria-hidden="true">
              <div class="modal-dialog modal-lg" role="document">
                <div class="modal-content">
                  <div class="modal-header">
                    <h5 class="modal-title">25.1 การวิเคราะห์ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรมและความโปร่งใส</h5>
                  </div>
                  <div class="modal-body mb-0 p-0">
                    <div class="embed-responsive embed-responsive-16by9 z-depth-1-half">
                      <iframe class="embed-responsive-item" src="../upload/ITA/ITA2569/O25/01.pdf" allowfullscreen></iframe>
                    </div>
                  </div>
                  <div class="modal-footer">
                    <button class="btn bnt-lg btn-dark " data-dismiss="modal">ปิด</button>
                  </div>
                </div>
              </div>
            </div>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O26/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l25" aria-expanded="false" data-toggle="collapse" href="#l25" style="color:#000; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l25">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2569/O26/01.pdf" style=" font-size: 14px; text-align: left;">
                                                26.1 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปี 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O26/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                </div>
            </div>
      <p><a href="ITA68.php">ย้อนดู ITA ปีงบฯ 2568</a></p>

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
