using Telisik.Documents;
using Telisik.Pipeline;
using Telisik.Stories;

namespace Telisik.Tests.Stories;

/// <summary>
/// Short news articles written for these tests (not taken from any corpus): one flood reported by two outlets
/// independently, a different flood elsewhere the same week, and unrelated background news.
/// </summary>
internal static class SampleNews
{
    public static readonly DateTimeOffset Day0 = new(2024, 3, 4, 6, 0, 0, TimeSpan.Zero);

    public const string GarutFloodKabar =
        "Banjir bandang menerjang tiga kecamatan di Kabupaten Garut, Jawa Barat, pada Senin dini hari setelah hujan deras " +
        "mengguyur kawasan hulu Sungai Cimanuk selama lima jam tanpa henti.\n" +
        "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Garut, Dadang Suryana, mengatakan sedikitnya 412 rumah terendam " +
        "dan 37 rumah hanyut terbawa arus. Tujuh warga dilaporkan meninggal dunia dan empat lainnya masih dicari tim gabungan.\n" +
        "\"Air datang sangat cepat, warga tidak sempat menyelamatkan barang,\" kata Dadang di posko pengungsian Tarogong Kidul.\n" +
        "Tim SAR gabungan dari Basarnas Bandung, TNI dan Polri menyisir bantaran Sungai Cimanuk sejak pagi. Perahu karet " +
        "dikerahkan untuk mengevakuasi warga lansia yang terjebak di atap rumah mereka di Desa Haurpanggung.\n" +
        "Sebanyak 1.250 warga kini mengungsi di masjid, sekolah dan gedung olahraga. Pemerintah kabupaten menetapkan status " +
        "tanggap darurat selama 14 hari dan membuka dapur umum di tiga titik.\n" +
        "Bupati Garut Rudy Gunawan meminta warga di bantaran sungai tetap waspada karena hujan diperkirakan masih turun " +
        "hingga akhir pekan. Ia juga meminta bantuan logistik dari Pemerintah Provinsi Jawa Barat.";

    public const string GarutFloodWarta =
        "Tujuh orang tewas dan empat masih hilang setelah Sungai Cimanuk meluap dan menyapu permukiman di Garut pada Senin " +
        "dini hari, menurut data BPBD Garut.\n" +
        "Dadang Suryana, Kepala BPBD Garut, menyebut luapan terjadi setelah hujan lebat lima jam di hulu sungai. Ratusan " +
        "rumah di Tarogong Kidul dan Desa Haurpanggung terendam lumpur setinggi dua meter.\n" +
        "Basarnas Bandung bersama TNI dan Polri mengerahkan perahu karet untuk mencari korban hilang di sepanjang Sungai Cimanuk.\n" +
        "Bupati Rudy Gunawan menetapkan status tanggap darurat 14 hari. Ribuan pengungsi ditampung di masjid dan sekolah, " +
        "sementara dapur umum didirikan oleh Dinas Sosial.\n" +
        "Warga Haurpanggung, Ujang, mengaku kehilangan seluruh harta bendanya. \"Rumah saya tinggal fondasi,\" ujarnya.";

    public const string BimaFloodKabar =
        "Banjir merendam ratusan rumah di Kota Bima, Nusa Tenggara Barat, pada Selasa sore setelah Sungai Padolo meluap " +
        "akibat hujan deras sejak siang.\n" +
        "Kepala Pelaksana BPBD Kota Bima, Sirajuddin, mengatakan 640 rumah di Kelurahan Paruga dan Kelurahan Dara terendam " +
        "air setinggi satu meter. Tidak ada korban jiwa dalam kejadian ini.\n" +
        "\"Kami sudah menyiagakan perahu karet dan petugas di lokasi,\" kata Sirajuddin di Bima.\n" +
        "Wali Kota Bima Muhammad Lutfi meninjau lokasi dan meminta dinas terkait segera membersihkan saluran air yang " +
        "tersumbat sampah. Warga diminta mengungsi sementara ke rumah kerabat.";

    /// <summary>A follow-up four days after the Garut flood, from another outlet: a new angle (the evacuees' camps) that
    /// repeats the first report's count of evacuees, 1.250.</summary>
    public const string GarutFloodFollowUp =
        "Empat hari setelah banjir bandang menerjang Garut, sebanyak 1.250 warga masih bertahan di pengungsian. " +
        "Sebagian besar pengungsi dari Tarogong Kidul dan Desa Haurpanggung belum bisa pulang karena rumah mereka tertimbun lumpur.\n" +
        "Dinas Sosial menambah dapur umum dan mengirim selimut serta obat-obatan ke posko di masjid dan sekolah. " +
        "Relawan membantu membersihkan lumpur dari rumah warga di bantaran Sungai Cimanuk.\n" +
        "\"Kami berharap bantuan air bersih segera datang,\" kata Ujang, salah seorang pengungsi.";

    public static readonly string[] Background =
    [
        "Bank Indonesia mempertahankan suku bunga acuan di level 6 persen dalam rapat dewan gubernur bulan ini. " +
        "Gubernur Perry Warjiyo menyebut inflasi masih terkendali dan nilai tukar rupiah stabil.",
        "Persib Bandung menang 2-0 atas Persija Jakarta di Stadion Gelora Bandung Lautan Api. Dua gol dicetak " +
        "David da Silva pada babak kedua di hadapan puluhan ribu suporter.",
        "Kementerian Komunikasi dan Informatika meluncurkan program literasi digital untuk pelajar sekolah menengah " +
        "di sepuluh provinsi. Program ini melatih guru memakai aplikasi pembelajaran daring.",
        "Harga cabai rawit di pasar tradisional Surabaya naik menjadi Rp80.000 per kilogram. Pedagang menyebut pasokan " +
        "dari petani di Kediri berkurang karena cuaca buruk dan gagal panen.",
        "Presiden meresmikan jalan tol baru sepanjang 42 kilometer yang menghubungkan dua kota di Sumatera Utara. " +
        "Jalan tol itu diharapkan memangkas waktu tempuh dari tiga jam menjadi satu jam.",
        "Tim bulu tangkis Indonesia meraih dua gelar di turnamen All England. Pasangan ganda putra menang rubber game " +
        "di final melawan pasangan asal Tiongkok.",
    ];

    private static readonly AnalysisPipeline Pipeline = DefaultPipeline.Create();
    private static readonly ArticleFeatureExtractor Extractor = new();

    public static AnalyzedArticle Analyze(string id, string text, DateTimeOffset published, string outlet = "Kabar Harian", string? title = null) =>
        Pipeline.Analyze(new Article
        {
            Id = id,
            Outlet = outlet,
            Title = title,
            Published = published,
            RawText = text,
            Text = text,
            OffsetMap = OffsetMap.Identity(text.Length),
        });

    public static ArticleFeatures Features(string id, string text, DateTimeOffset published, string outlet = "Kabar Harian", string? title = null) =>
        Extractor.Extract(Analyze(id, text, published, outlet, title));

    /// <summary>Background articles spread over the two days before <see cref="Day0"/>, so document frequencies mean something.</summary>
    public static IEnumerable<ArticleFeatures> BackgroundFeatures() =>
        Background.Select((t, i) => Features($"bg-{i}", t, Day0.AddHours(-48 + i * 6), "Latar"));
}
