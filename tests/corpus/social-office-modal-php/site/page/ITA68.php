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
 <title>ITA ปีงบประมาณ 2568 : สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส</title>
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
            <h1 class="title-single">ITA ปีงบประมาณ 2568</h1>
          </div>
        </div>
        <div class="col-md-12 col-lg-4">
          <nav aria-label="breadcrumb" class="breadcrumb-box d-flex justify-content-lg-end">
            <ol class="breadcrumb">
              <li class="breadcrumb-item">
                <a href="index.php">หน้าหลัก</a>
              </li>
              <li class="breadcrumb-item active" aria-current="page">ITA ปีงบประมาณ 2568</li>
            </ol>
          </nav>
        </div>
      </div>
    </div>
  </section>
  <section class="news-single nav-arrow-b">
    <div class="container">
      <h3>ITA ประจำปีงบประมาณ พ.ศ. 2568</h3>
            <div class="row">
                <div class="tree ">
                    <!--/Start box O1/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l101" aria-expanded="false" data-toggle="collapse" href="#l101" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O1 โครงสร้างและอำนาจหน้าที่
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l101">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="tree.php" style=" font-size: 14px;">
                                                1.1 โครงสร้างและอำนาจหน้าที่
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
                                <a aria-controls="l102" aria-expanded="false" data-toggle="collapse" href="#l102" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O2 ข้อมูลผู้บริหาร
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l102">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="executive.php" style=" font-size: 14px;">
                                                2.1 ข้อมูลผู้บริหาร
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
                                <a aria-controls="l103" aria-expanded="false" data-toggle="collapse" href="#l103" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O3 ข้อมูลการติดต่อ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l103">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                3.1 ข้อมูลการติดต่อ
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
                                <a aria-controls="l104" aria-expanded="false" data-toggle="collapse" href="#l104" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O4 ข่าวประชาสัมพันธ์
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l104">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="news.php" style=" font-size: 14px;">
                                                4.1 ข่าวประชาสัมพันธ์
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
                                <a aria-controls="l105" aria-expanded="false" data-toggle="collapse" href="#l105" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O5 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l105">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2569/O5/01.pdf" style=" font-size: 14px; text-align: left;">
                                                5.1 แผนยุทธศาสตร์
                                            </a>
                                            <a href="../upload/ITA/ITA2569/O5/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
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
                                <a aria-controls="l106" aria-expanded="false" data-toggle="collapse" href="#l106" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O6 แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l106">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2568/O6/01.pdf" style=" font-size: 14px; text-align: left;">
                                                6.1 แผนปฏิบัติราชการ ปี 2568 และความก้าวหน้ารอบ 6 เดือน
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O6/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
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
                                <a aria-controls="l107" aria-expanded="false" data-toggle="collapse" href="#l107" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O7 รายงานผลการดำเนินงานประจำปี
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l107">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                7.1 รายงานผลการดำเนินงาน ปี 2567
                                            </a>
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
                                <a aria-controls="l108" aria-expanded="false" data-toggle="collapse" href="#l108" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O8 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l108">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2569/O8/01.pdf" style=" font-size: 14px; text-align: left;">
                                                8.1 คู่มือการปฏิบัติงาน
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
                                <a aria-controls="l109" aria-expanded="false" data-toggle="collapse" href="#l109" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O9 คู่มือหรือแนวทางการขอรับบริการ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l109">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2569/O9/01.pdf" style=" font-size: 14px; text-align: left;">
                                                9.1 คู่มือสำหรับประชาชน
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
                                <a aria-controls="l110" aria-expanded="false" data-toggle="collapse" href="#l110" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O10 E-Service
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l110">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="service.php" style=" font-size: 14px;">
                                                10.1 ดาวน์โหลดแบบฟอร์ม
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
                                <a aria-controls="l111" aria-expanded="false" data-toggle="collapse" href="#l111" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O11 ข้อมูลสถิติการให้บริการ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l111">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                11.1 สถิติการให้บริการ ปี 2568
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
                                <a aria-controls="l112" aria-expanded="false" data-toggle="collapse" href="#l112" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O12 รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้า
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l112">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                12.1 สขร.1 ปี 2568
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
                                <a aria-controls="l113" aria-expanded="false" data-toggle="collapse" href="#l113" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O13 รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l113">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2568/O13/01.pdf" style=" font-size: 14px; text-align: left;">
                                                13.1 รายงานผลการจัดซื้อจัดจ้างประจำปี 2567
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
                    <!--/Start box O14/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l114" aria-expanded="false" data-toggle="collapse" href="#l114" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O14 แผนการบริหารและพัฒนาทรัพยากรบุคคล
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l114">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                14.1 แผนพัฒนาบุคลากร ปี 2568
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
                                <a aria-controls="l115" aria-expanded="false" data-toggle="collapse" href="#l115" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O15 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l115">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                15.1 รายงานผล ปี 2567
                                            </a>
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
                                <a aria-controls="l116" aria-expanded="false" data-toggle="collapse" href="#l116" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O16 ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l116">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                16.1 ประมวลจริยธรรม
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
                                <a aria-controls="l117" aria-expanded="false" data-toggle="collapse" href="#l117" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O17 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l117">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                17.1 แนวปฏิบัติ
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
                                <a aria-controls="l118" aria-expanded="false" data-toggle="collapse" href="#l118" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O18 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l118">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="complaint.php" style=" font-size: 14px;">
                                                18.1 ช่องทางแจ้งเรื่องร้องเรียน
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
                                <a aria-controls="l119" aria-expanded="false" data-toggle="collapse" href="#l119" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O19 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l119">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2568/O19/01.pdf" style=" font-size: 14px; text-align: left;">
                                                19.1 สถิติเรื่องร้องเรียน ปี 2567
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O19/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
                    <!--/Start box O20/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l120" aria-expanded="false" data-toggle="collapse" href="#l120" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O20 การเปิดโอกาสให้เกิดการมีส่วนร่วม
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l120">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                20.1 การมีส่วนร่วม ปี 2568
                                            </a>
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
                                <a aria-controls="l121" aria-expanded="false" data-toggle="collapse" href="#l121" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O21 ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l121">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2568/O21/01.pdf" style=" font-size: 14px; text-align: left;">
                                                21.1 ประกาศเจตนารมณ์ No Gift Policy ปี 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O21/01.pdf">
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
                                <a aria-controls="l122" aria-expanded="false" data-toggle="collapse" href="#l122" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O22 รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l122">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                22.1 รายงาน ปี 2568
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
                                <a aria-controls="l123" aria-expanded="false" data-toggle="collapse" href="#l123" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O23 การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l123">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2568/O23/01.pdf" style=" font-size: 14px; text-align: left;">
                                                23.1 การประเมินความเสี่ยงการทุจริต ปี 2568
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
                    <!--/Start box O24/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l124" aria-expanded="false" data-toggle="collapse" href="#l124" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O24 รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l124">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="#!" style=" font-size: 14px;">
                                                24.1 รายงานผล ปี 2567
                                            </a>
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
                                <a aria-controls="l125" aria-expanded="false" data-toggle="collapse" href="#l125" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O25 แผนปฏิบัติการป้องกันการทุจริต
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l125">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2568/O25/01.pdf" style=" font-size: 14px; text-align: left;">
                                                25.1 แผนปฏิบัติการป้องกันการทุจริต ปี 2568
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O25/01.pdf">
                                                <i class="fas fa-file-pdf"> </i>
                                            </a>
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
                                <a aria-controls="l126" aria-expanded="false" data-toggle="collapse" href="#l126" style="color:#0000ff; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    O26 รายงานผลการดำเนินการป้องกันการทุจริต
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l126">
                                <ul>
                                    <li>
                                        <span>
                                            <a href="../upload/ITA/ITA2568/O26/01.pdf" style=" font-size: 14px; text-align: left;">
                                                26.1 รายงานผลการดำเนินการป้องกันการทุจริต ปี 2567
                                            </a>
                                            <a href="../upload/ITA/ITA2568/O26/01.pdf">
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
