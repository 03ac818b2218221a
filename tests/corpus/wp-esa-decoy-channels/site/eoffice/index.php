<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>ระบบสำนักงานอิเล็กทรอนิกส์ (e-Office) สพป.สุวรรณธารา เขต 2</title></head>
<body><h2>ระบบสำนักงานอิเล็กทรอนิกส์ (e-Office)</h2><p>สำหรับบุคลากร สพป. และสถานศึกษาในสังกัด (รับ-ส่งหนังสือราชการ ลาออนไลน์ จองห้องประชุม)</p>
<form method="post" action="/eoffice/login.php">
<p>ชื่อผู้ใช้ <input type="text" name="username" /></p><p>รหัสผ่าน <input type="password" name="password" /></p>
<p><input type="submit" value="เข้าสู่ระบบ" /></p></form>
<p><a href="/">กลับหน้าเว็บไซต์ สพป.</a></p></body></html>
