#!/usr/bin/env python3
"""Writes samples/articles.jsonl. Texts written for Telisik; run from the repo root or anywhere."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "articles.jsonl")

R = []

def rec(id, outlet, url, published, title, paras):
    R.append({"id": id, "outlet": outlet, "url": url, "published": published,
              "title": title, "text": "\n\n".join(p.strip() for p in paras)})

rec("kompas-nk-troops-20241019", "Kompas.com",
    "https://internasional.kompas.com/read/2024/10/19/09400071/korut-kirim-tentara-ke-rusia-seoul-waspada",
    "2024-10-19T02:40:00Z",
    "Korut Kirim Tentara ke Rusia, Seoul Siapkan Langkah Balasan",
    [
     "JAKARTA, KOMPAS.com - Pemerintah Korea Selatan menyatakan tengah menyiapkan langkah diplomatik dan keamanan setelah badan intelijennya melaporkan pengiriman tentara Korea Utara ke Rusia.",
     "Badan Intelijen Nasional (NIS) Korea Selatan pada Jumat (18/10/2024) mengungkapkan bahwa Pyongyang telah memutuskan untuk mengirim sekitar 12.000 tentara, termasuk pasukan khusus, untuk membantu Moskow. Sekitar 1.500 personel gelombang pertama disebut telah diberangkatkan dengan kapal Angkatan Laut Rusia.",
     "Menurut NIS, para tentara itu dibekali seragam militer Rusia dan dokumen identitas palsu agar menyerupai penduduk dari wilayah Siberia. Setelah menjalani adaptasi, mereka diperkirakan akan dikirim ke garis depan. NIS juga mencatat Korut telah mengirim lebih dari 13.000 kontainer berisi peluru artileri dan rudal ke Rusia sejak Agustus 2023.",
     "Juru bicara Kementerian Unifikasi Korea Selatan mengatakan bahwa Seoul tidak akan tinggal diam apabila kerja sama militer Pyongyang dan Moskow mengancam keamanan di Semenanjung Korea. Ia menyebut pemerintah sedang berkonsultasi erat dengan Washington dan Tokyo.",
     "Peneliti senior di Institut Kajian Semenanjung Korea, Park Jae-min, menilai pengiriman tentara merupakan babak baru hubungan kedua negara. “Pyongyang kerap menyebut Moskow sebagai ‘kawan seperjuangan’, dan sekarang ungkapan itu diwujudkan dalam bentuk pasukan,” ujarnya.",
     "Di Kyiv, Presiden Ukraina Volodymyr Zelensky menyatakan bahwa berdasarkan data intelijen negaranya, sekitar 10.000 tentara Korut tengah disiapkan untuk bergabung dengan pasukan Rusia. Ia meminta sekutu Barat merespons dengan tegas.",
     "Hingga Sabtu, Korea Utara belum mengeluarkan tanggapan. Rodong Sinmun, surat kabar resmi Partai Buruh Korea, dalam edisi 12 Oktober hanya mengulas situasi perang di Ukraina dari sudut pandang Moskow.",
     "Kremlin, melalui juru bicaranya, menepis laporan tersebut dan menyebutnya sebagai kabar yang tidak berdasar.",
     "Penulis: Ardi Priyatno | Editor: Ahmad Naufal Dzulfaroh",
    ])

rec("radarkota-bus-listrik-20241111", "Radar Kota",
    "https://radarkota.id/surabaya/2024/11/11/bus-listrik-purabaya-tunjungan",
    "2024-11-11T09:20:00Z",
    "Sepuluh Bus Listrik Baru Layani Purabaya-Tunjungan, Tarif Tetap Rp5.000",
    [
     "RADARKOTA.ID - Pemkot Surabaya kembali menambah armada angkutan umum ramah lingkungan. Kali ini, sepuluh bus listrik dikerahkan untuk rute tersibuk di kota itu.",
     "Dinas Perhubungan (Dishub) Kota Surabaya, Jawa Timur, mulai Senin (11/11/2024) mengoperasikan 10 unit bus listrik baru untuk melayani rute Terminal Purabaya menuju kawasan Tunjungan.",
     "Kepala Dishub Kota Surabaya Hendra Kusumawardana mengatakan penambahan armada tersebut dilakukan untuk memangkas waktu tunggu penumpang yang selama ini dikeluhkan warga, terutama pada jam berangkat dan pulang kerja.",
     "\"Dengan tambahan 10 bus ini, waktu tunggu di setiap halte kami targetkan turun dari sekitar 25 menit menjadi 10 sampai 12 menit,\" kata Hendra.",
     "Baca juga: Pemkot Surabaya Siapkan 40 Titik Parkir Khusus Sepeda Listrik",
     "Ia menjelaskan setiap bus berkapasitas 60 penumpang, terdiri atas 28 kursi dan ruang untuk penumpang berdiri. Seluruh armada dilengkapi kamera pengawas, kursi prioritas, serta jalur landai untuk pengguna kursi roda.",
     "Tarif bus listrik tetap Rp5.000 untuk penumpang umum dan Rp2.500 untuk pelajar. Pembayaran dapat dilakukan menggunakan kartu uang elektronik maupun kode QRIS.",
     "(ant/rdk)",
    ])

rec("detik-banjir-sigi-20241208", "detikSulsel",
    "https://www.detik.com/sulsel/berita/d-7677001/banjir-bandang-sigi-13-orang-tewas",
    "2024-12-08T11:05:00Z",
    "Banjir Bandang Sigi: 13 Orang Tewas, Lebih dari 9.000 Warga Mengungsi",
    [
     "Sigi - Korban meninggal dunia akibat banjir bandang di Kabupaten Sigi, Sulawesi Tengah, mencapai 13 orang. Lebih dari 9.000 warga dari 14 desa kini bertahan di lokasi pengungsian.",
     "Data itu disampaikan Kepala Pelaksana BPBD Sigi Yusuf Tandiabang saat ditemui di Kecamatan Kulawi, Minggu (8/12/2024) sore. Ia menyebut dua korban lainnya masih dalam pencarian.",
     "\"Sampai sore ini ada 13 yang meninggal. Tim masih menyisir aliran sungai untuk mencari dua warga yang belum ditemukan,\" kata Yusuf.",
     "Menurut Yusuf, warga terdampak mencapai sekitar 2,3% dari total penduduk Kabupaten Sigi. Sebagian besar rumah di bantaran Sungai Miu rusak berat atau hanyut terbawa arus.",
     "Gubernur Sulawesi Tengah Anwar Lamato menyebut kerugian sementara ditaksir mencapai Rp 1,2 triliun. Angka itu, kata dia, masih bisa berubah setelah tim menyelesaikan pendataan kerusakan infrastruktur.",
     "\"Jembatan yang putus ada dua, jalan provinsi tertimbun longsor di beberapa titik. Kita minta Kementerian PU segera turun,\" ujar Anwar.",
     "BNPB sebelumnya menyebut korban meninggal 12 orang. Perbedaan data terjadi karena satu korban baru ditemukan pada Minggu siang dan belum masuk laporan pusat.",
     "Pengungsi membutuhkan air bersih, popok bayi, dan obat-obatan. Relawan dari Palu terus berdatangan membawa bantuan logistik.",
     "(hmw/asm)",
    ])

rec("banjarhits-banjir-hst-20241216", "Banjarhits",
    "https://banjarhits.id/2024/12/16/banjir-hulu-sungai-tengah-rendam-enam-kecamatan",
    "2024-12-16T07:30:00Z",
    "Banjir Rendam Enam Kecamatan di Hulu Sungai Tengah",
    [
     "Barabai - Banjir merendam enam kecamatan di Kabupaten Hulu Sungai Tengah (HST), Kalimantan Selatan, Senin (16/12/2024). Luapan Sungai Barabai membuat air masuk ke ribuan rumah warga.",
     "Kepala Pelaksana BPBD HST, Muhammad Yani, mengatakan ketinggian air di pusat Kota Barabai mencapai 80 sentimeter. Di desa-desa dekat Pegunungan Meratus, air datang dengan arus deras.",
     "\"Sekitar 1.800 jiwa sudah kami evakuasi ke posko pengungsian. Sampai siang ini belum ada laporan korban jiwa,\" kata Yani.",
     "Banjir dipicu hujan lebat yang turun sejak Minggu malam di kawasan hulu. BMKG Stasiun Syamsudin Noor sebelumnya telah mengeluarkan peringatan dini cuaca ekstrem untuk wilayah Kalimantan Selatan bagian utara.",
     "Warga Kelurahan Barabai Barat, Hasnah (60), mengaku trauma karena banjir besar pernah melanda kotanya pada awal 2021. \"Waktu itu air sampai dua meter. Sekarang kami langsung mengungsi begitu air masuk halaman,\" tuturnya.",
     "Pemkab HST menetapkan status siaga darurat banjir selama tujuh hari. Dapur umum didirikan di tiga titik untuk memenuhi kebutuhan makan pengungsi.",
    ])

rec("tribun-vonis-korupsi-brebes-20241219", "Tribun Jateng",
    "https://jateng.tribunnews.com/2024/12/19/eks-kadis-pupr-brebes-divonis-6-tahun-penjara",
    "2024-12-19T08:45:00Z",
    "Eks Kadis PUPR Brebes Divonis 6 Tahun Penjara",
    [
     "TRIBUNJATENG.COM, SEMARANG - Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Semarang menjatuhkan vonis enam tahun penjara kepada mantan Kepala Dinas PUPR Kabupaten Brebes, Sutrisno Rahardjo, Kamis (19/12/2024).",
     "Sutrisno dinyatakan terbukti secara sah dan meyakinkan melakukan tindak pidana korupsi dalam proyek peningkatan jalan kabupaten tahun anggaran 2022 yang merugikan negara Rp4,2 miliar.",
     "Selain pidana penjara, hakim menghukum terdakwa membayar denda Rp300 juta subsider tiga bulan kurungan serta uang pengganti Rp850 juta. Jika tidak dibayar, harta bendanya akan disita atau diganti pidana penjara dua tahun.",
     "\"Perbuatan terdakwa tidak mendukung program pemerintah dalam pemberantasan korupsi dan merugikan masyarakat pengguna jalan,\" kata Ketua Majelis Hakim Wiwik Handayani saat membacakan amar putusan.",
     "Vonis tersebut lebih ringan dibanding tuntutan jaksa yang meminta terdakwa dihukum delapan tahun penjara. Jaksa Ardiansyah Putra menyatakan pikir-pikir atas putusan itu.",
     "Penasihat hukum terdakwa, Benny Simatupang, juga belum memutuskan apakah akan mengajukan banding. \"Kami akan berdiskusi dulu dengan klien dalam tujuh hari ke depan,\" ujarnya.",
     "Perkara ini mulai disidangkan pada Agustus 2024. Kontraktor pelaksana proyek, yang diadili dalam berkas terpisah, lebih dulu divonis lima tahun penjara pada November lalu.",
    ])

rec("tempo-korut-icbm-20241031", "Tempo",
    "https://www.tempo.co/internasional/korea-utara-tembakkan-icbm-jelang-pilpres-as",
    "2024-10-31T06:10:00Z",
    "Korea Utara Tembakkan ICBM Jelang Pilpres AS",
    [
     "TEMPO.CO, Jakarta - Korea Utara menembakkan sebuah rudal balistik antarbenua pada Kamis pagi, 31 Oktober 2024. Peluncuran ini merupakan uji coba ICBM pertama Pyongyang dalam hampir setahun.",
     "Militer Korea Selatan mendeteksi peluncuran dari wilayah sekitar Pyongyang sekitar pukul 07.10 waktu setempat. Menteri Pertahanan Jepang Gen Nakatani mengatakan rudal terbang sekitar 1 jam 26 menit dan mencapai ketinggian lebih dari 7.000 kilometer.",
     "Menurut Kepala Staf Gabungan Korea Selatan, rudal kemungkinan menggunakan bahan bakar padat dan ditembakkan dengan lintasan tinggi. Seoul menyebut peluncuran itu sebagai provokasi yang mengancam perdamaian kawasan.",
     "Wakil Menteri Luar Negeri Korut sebelumnya menegaskan negaranya akan terus memperkuat kekuatan nuklir sebagai respons atas latihan militer gabungan AS dan Korea Selatan.",
     "Peluncuran ini terjadi di tengah sorotan atas kehadiran tentara Korea Utara di Rusia. Sejumlah pejabat di Seoul mengkhawatirkan Moskow memberikan teknologi rudal sebagai imbalan.",
     "Dewan Keamanan PBB dijadwalkan membahas peluncuran tersebut dalam pertemuan darurat.",
     "Pakar keamanan dari Universitas Indonesia, Yudha Pratama, menilai waktu peluncuran dipilih dengan cermat. Menurut dia, Pyongyang ingin memastikan siapa pun pemenang pemilu di Amerika Serikat memasukkan isu Korea Utara ke dalam daftar prioritas.",
    ])

rec("jatengtoday-cabai-20241112", "Jateng Today",
    "https://jatengtoday.example/ekonomi/2024/11/12/cabai-rawit-tembus-rp75-ribu",
    "2024-11-12T04:00:00Z",
    "Cabai Rawit di Semarang Tembus Rp75 Ribu, Pedagang Sebut Pasokan Seret",
    [
     "Jateng Today – Harga cabai rawit merah di Pasar Karangayu, Kota Semarang, terus merangkak naik. Selasa (12/11/2024) pagi, pedagang menjualnya seharga Rp75.000 per kilogram.",
     "Padahal pekan lalu harga cabai rawit di pasar yang sama masih bertahan di angka Rp50.000 per kilogram. Kenaikan terjadi hampir setiap hari dalam sepekan terakhir.",
     "Pedagang cabai, Wahyuni (49), menuturkan pasokan dari petani di lereng Gunung Sumbing menurun drastis. Banyak tanaman cabai busuk akibat hujan yang turun hampir setiap sore.",
     "\"Biasanya saya ambil satu kuintal sehari, sekarang paling banyak 40 kilo. Itu pun rebutan dengan pedagang lain,\" ujarnya.",
     "Dinas Perdagangan Kota Semarang menyatakan akan menggelar operasi pasar murah di enam titik jika harga belum turun hingga akhir bulan. Menurut Kepala Dinas Perdagangan Nurkholis Hadi, stok cabai dari luar Jawa Tengah juga tengah dijajaki.",
     "Badan Pusat Statistik sebelumnya mencatat cabai rawit sebagai salah satu komoditas penyumbang inflasi di Jawa Tengah pada bulan lalu.",
     "Sejumlah pedagang makanan mulai mengakali kenaikan harga dengan mencampur cabai rawit dan cabai keriting. \"Rasa pedasnya sedikit berkurang, tapi pembeli belum protes,\" kata Yanto (37), penjual penyetan di dekat pasar.",
    ])

rec("en-mrt-ridership-20241111", "Nusantara Times",
    "https://nusantaratimes.example/city/jakarta-mrt-ridership-record",
    "2024-11-11T12:30:00Z",
    "Jakarta MRT sets daily ridership record as office workers return",
    [
     "JAKARTA, Nusantara Times — Jakarta's MRT carried 142,600 passengers on Friday, November 8, 2024, the highest daily figure since the line opened in 2019, the operator said on Monday.",
     "PT MRT Jakarta said ridership on its single north–south line had averaged about 118,000 passengers a day in October, up 14% from a year earlier, helped by new feeder bus routes and higher parking fees in the city centre.",
     "\"Once people try it for a week, most of them do not go back to driving,\" the company's operations director, Rina Puspitasari, said in a statement. She said trains now run every five minutes at peak hours.",
     "Commuters have complained about crowding at Dukuh Atas and Bundaran HI stations during the evening rush. The operator said it would add two trainsets by mid-2025 to ease the pressure.",
     "Construction of the line's northern extension to Kota continues and is expected to be completed in 2027.",
    ])

rec("liputan-gempa-sukabumi-20241203", "Liputan Daerah",
    "https://liputandaerah.example/jabar/2024/12/03/gempa-m52-guncang-sukabumi",
    "2024-12-03T10:50:00Z",
    "Gempa M 5,2 Guncang Sukabumi, Puluhan Rumah Rusak",
    [
     "Sukabumi, Liputan Daerah - Gempa bumi bermagnitudo 5,2 mengguncang wilayah selatan Kabupaten Sukabumi, Jawa Barat, Selasa (3/12/2024) pukul 15.12 WIB. Getaran dirasakan hingga Cianjur dan Kota Bogor.",
     "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebut pusat gempa berada di laut, sekitar 42 kilometer barat daya Kabupaten Sukabumi, dengan kedalaman 18 kilometer. Gempa tidak berpotensi tsunami.",
     "\"Gempa ini termasuk gempa dangkal akibat aktivitas subduksi lempeng. Masyarakat kami imbau tetap tenang dan menjauhi bangunan yang retak,\" kata Kepala Stasiun Geofisika Bandung, Teguh Santoso.",
     "BPBD Kabupaten Sukabumi mencatat sedikitnya 37 rumah rusak ringan hingga sedang di empat kecamatan. Dua warga mengalami luka ringan tertimpa genteng.",
     "Hingga pukul 17.00 WIB, BMKG mencatat tiga kali gempa susulan dengan magnitudo terbesar 3,4.",
     "Di Kecamatan Ciemas, sejumlah warga memilih bertahan di halaman rumah hingga malam karena khawatir terjadi gempa susulan yang lebih besar. \"Dindingnya sudah retak panjang, anak-anak takut masuk,\" ujar Enjang (38), warga setempat.",
     "Pemerintah Kabupaten Sukabumi menyatakan akan mendata kerusakan rumah warga untuk diusulkan mendapat bantuan perbaikan. Tim gabungan juga memeriksa kondisi bangunan sekolah dan puskesmas di wilayah terdampak.",
    ])

rec("jatengpos-bahari-mandala-20241102", "Jateng Pos",
    "https://jatengpos.example/sport/2024/11/02/gol-telat-rizki-bawa-bahari-tegal-menang",
    "2024-11-02T12:15:00Z",
    "Gol Telat Rizki Maulana Bawa Bahari Tegal Kalahkan Mandala Jaya",
    [
     "TEGAL, Jateng Pos - Tembakan jarak jauh Rizki Maulana sembilan menit jelang bubaran memastikan kemenangan Bahari Tegal FC 2-1 atas Mandala Jaya FC di Stadion Yos Sudarso, Sabtu (2/11/2024).",
     "Rizki baru masuk lapangan pada menit ke-70 menggantikan penyerang utama yang kelelahan. Sebelas menit kemudian, ia melepaskan sepakan keras dari jarak sekitar 25 meter yang bersarang di pojok kanan atas gawang.",
     "\"Pelatih minta saya berani menembak kalau ada ruang. Tadi bolanya pas sekali di kaki kanan,\" kata Rizki seusai laga.",
     "Gol pembuka tuan rumah dicetak Fajar Ramadhan melalui sundulan di babak pertama, sebelum Mandala Jaya membalas lewat titik penalti di babak kedua.",
     "Pelatih Agus Wibisono memuji keberanian pemain mudanya itu. Menurut dia, Rizki layak mendapat menit bermain lebih banyak di laga-laga berikutnya.",
     "Bahari Tegal kini mengoleksi 11 poin dan menempati peringkat ketiga klasemen sementara.",
     "Di kubu tim tamu, pelatih Mandala Jaya Hendri Susilo mengaku kecewa dengan penyelesaian akhir anak asuhnya. Ia menyebut timnya menciptakan lebih banyak peluang di babak kedua, tetapi hanya mampu mencetak satu gol dari titik putih. Pertandingan berlangsung di bawah guyuran gerimis dan ditonton ribuan suporter tuan rumah.",
    ])

with open(OUT, "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(R), "records ->", os.path.normpath(OUT))
