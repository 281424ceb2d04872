package vn.his.export.xml.binding;

import static vn.his.export.xml.binding.BindingValues.singleRecord;
import static vn.his.export.xml.binding.BindingValues.text;

import java.util.List;
import java.util.Map;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** JAXB binding of the XML1 document, a single TONG_HOP record; every element is written, empty when not applicable. */
@XmlRootElement(name = "TONG_HOP")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TONG_HOP", propOrder = {
        "maLk",
        "stt",
        "maBn",
        "hoTen",
        "soCccd",
        "ngaySinh",
        "gioiTinh",
        "nhomMau",
        "maQuoctich",
        "maDantoc",
        "maNgheNghiep",
        "diaChi",
        "matinhCuTru",
        "mahuyenCuTru",
        "maxaCuTru",
        "dienThoai",
        "maTheBhyt",
        "maDkbd",
        "gtTheTu",
        "gtTheDen",
        "ngayMienCct",
        "lyDoVv",
        "lyDoVnt",
        "maLyDoVnt",
        "chanDoanVao",
        "chanDoanRv",
        "maBenhChinh",
        "maBenhKt",
        "maBenhYhct",
        "maPtttQt",
        "maDoituongKcb",
        "maNoiDi",
        "maNoiDen",
        "maTaiNan",
        "ngayVao",
        "ngayVaoNoiTru",
        "ngayRa",
        "giayChuyenTuyen",
        "soNgayDtri",
        "ppDieuTri",
        "ketQuaDtri",
        "maLoaiRv",
        "ghiChu",
        "ngayTtoan",
        "tThuoc",
        "tVtyt",
        "tTongchiBv",
        "tTongchiBh",
        "tBntt",
        "tBncct",
        "tBhtt",
        "tNguonkhac",
        "tBhttGdv",
        "namQt",
        "thangQt",
        "maLoaiKcb",
        "maKhoa",
        "maCskcb",
        "maKhuvuc",
        "canNang",
        "canNangCon",
        "namNamLienTuc",
        "ngayTaiKham",
        "maHsba",
        "maTtdv",
        "duPhong"})
public final class Xml1Document {

    @XmlElement(name = "MA_LK")
    private String maLk = "";

    @XmlElement(name = "STT")
    private String stt = "";

    @XmlElement(name = "MA_BN")
    private String maBn = "";

    @XmlElement(name = "HO_TEN")
    private String hoTen = "";

    @XmlElement(name = "SO_CCCD")
    private String soCccd = "";

    @XmlElement(name = "NGAY_SINH")
    private String ngaySinh = "";

    @XmlElement(name = "GIOI_TINH")
    private String gioiTinh = "";

    @XmlElement(name = "NHOM_MAU")
    private String nhomMau = "";

    @XmlElement(name = "MA_QUOCTICH")
    private String maQuoctich = "";

    @XmlElement(name = "MA_DANTOC")
    private String maDantoc = "";

    @XmlElement(name = "MA_NGHE_NGHIEP")
    private String maNgheNghiep = "";

    @XmlElement(name = "DIA_CHI")
    private String diaChi = "";

    @XmlElement(name = "MATINH_CU_TRU")
    private String matinhCuTru = "";

    @XmlElement(name = "MAHUYEN_CU_TRU")
    private String mahuyenCuTru = "";

    @XmlElement(name = "MAXA_CU_TRU")
    private String maxaCuTru = "";

    @XmlElement(name = "DIEN_THOAI")
    private String dienThoai = "";

    @XmlElement(name = "MA_THE_BHYT")
    private String maTheBhyt = "";

    @XmlElement(name = "MA_DKBD")
    private String maDkbd = "";

    @XmlElement(name = "GT_THE_TU")
    private String gtTheTu = "";

    @XmlElement(name = "GT_THE_DEN")
    private String gtTheDen = "";

    @XmlElement(name = "NGAY_MIEN_CCT")
    private String ngayMienCct = "";

    @XmlElement(name = "LY_DO_VV")
    private String lyDoVv = "";

    @XmlElement(name = "LY_DO_VNT")
    private String lyDoVnt = "";

    @XmlElement(name = "MA_LY_DO_VNT")
    private String maLyDoVnt = "";

    @XmlElement(name = "CHAN_DOAN_VAO")
    private String chanDoanVao = "";

    @XmlElement(name = "CHAN_DOAN_RV")
    private String chanDoanRv = "";

    @XmlElement(name = "MA_BENH_CHINH")
    private String maBenhChinh = "";

    @XmlElement(name = "MA_BENH_KT")
    private String maBenhKt = "";

    @XmlElement(name = "MA_BENH_YHCT")
    private String maBenhYhct = "";

    @XmlElement(name = "MA_PTTT_QT")
    private String maPtttQt = "";

    @XmlElement(name = "MA_DOITUONG_KCB")
    private String maDoituongKcb = "";

    @XmlElement(name = "MA_NOI_DI")
    private String maNoiDi = "";

    @XmlElement(name = "MA_NOI_DEN")
    private String maNoiDen = "";

    @XmlElement(name = "MA_TAI_NAN")
    private String maTaiNan = "";

    @XmlElement(name = "NGAY_VAO")
    private String ngayVao = "";

    @XmlElement(name = "NGAY_VAO_NOI_TRU")
    private String ngayVaoNoiTru = "";

    @XmlElement(name = "NGAY_RA")
    private String ngayRa = "";

    @XmlElement(name = "GIAY_CHUYEN_TUYEN")
    private String giayChuyenTuyen = "";

    @XmlElement(name = "SO_NGAY_DTRI")
    private String soNgayDtri = "";

    @XmlElement(name = "PP_DIEU_TRI")
    private String ppDieuTri = "";

    @XmlElement(name = "KET_QUA_DTRI")
    private String ketQuaDtri = "";

    @XmlElement(name = "MA_LOAI_RV")
    private String maLoaiRv = "";

    @XmlElement(name = "GHI_CHU")
    private String ghiChu = "";

    @XmlElement(name = "NGAY_TTOAN")
    private String ngayTtoan = "";

    @XmlElement(name = "T_THUOC")
    private String tThuoc = "";

    @XmlElement(name = "T_VTYT")
    private String tVtyt = "";

    @XmlElement(name = "T_TONGCHI_BV")
    private String tTongchiBv = "";

    @XmlElement(name = "T_TONGCHI_BH")
    private String tTongchiBh = "";

    @XmlElement(name = "T_BNTT")
    private String tBntt = "";

    @XmlElement(name = "T_BNCCT")
    private String tBncct = "";

    @XmlElement(name = "T_BHTT")
    private String tBhtt = "";

    @XmlElement(name = "T_NGUONKHAC")
    private String tNguonkhac = "";

    @XmlElement(name = "T_BHTT_GDV")
    private String tBhttGdv = "";

    @XmlElement(name = "NAM_QT")
    private String namQt = "";

    @XmlElement(name = "THANG_QT")
    private String thangQt = "";

    @XmlElement(name = "MA_LOAI_KCB")
    private String maLoaiKcb = "";

    @XmlElement(name = "MA_KHOA")
    private String maKhoa = "";

    @XmlElement(name = "MA_CSKCB")
    private String maCskcb = "";

    @XmlElement(name = "MA_KHUVUC")
    private String maKhuvuc = "";

    @XmlElement(name = "CAN_NANG")
    private String canNang = "";

    @XmlElement(name = "CAN_NANG_CON")
    private String canNangCon = "";

    @XmlElement(name = "NAM_NAM_LIEN_TUC")
    private String namNamLienTuc = "";

    @XmlElement(name = "NGAY_TAI_KHAM")
    private String ngayTaiKham = "";

    @XmlElement(name = "MA_HSBA")
    private String maHsba = "";

    @XmlElement(name = "MA_TTDV")
    private String maTtdv = "";

    @XmlElement(name = "DU_PHONG")
    private String duPhong = "";

    Xml1Document() {
        // for JAXB
    }

    /** The document of a single-record table: exactly one row of element texts. */
    public Xml1Document(List<Map<String, String>> rows) {
        Map<String, String> values = singleRecord(rows, "XML1");
        this.maLk = text(values, "MA_LK");
        this.stt = text(values, "STT");
        this.maBn = text(values, "MA_BN");
        this.hoTen = text(values, "HO_TEN");
        this.soCccd = text(values, "SO_CCCD");
        this.ngaySinh = text(values, "NGAY_SINH");
        this.gioiTinh = text(values, "GIOI_TINH");
        this.nhomMau = text(values, "NHOM_MAU");
        this.maQuoctich = text(values, "MA_QUOCTICH");
        this.maDantoc = text(values, "MA_DANTOC");
        this.maNgheNghiep = text(values, "MA_NGHE_NGHIEP");
        this.diaChi = text(values, "DIA_CHI");
        this.matinhCuTru = text(values, "MATINH_CU_TRU");
        this.mahuyenCuTru = text(values, "MAHUYEN_CU_TRU");
        this.maxaCuTru = text(values, "MAXA_CU_TRU");
        this.dienThoai = text(values, "DIEN_THOAI");
        this.maTheBhyt = text(values, "MA_THE_BHYT");
        this.maDkbd = text(values, "MA_DKBD");
        this.gtTheTu = text(values, "GT_THE_TU");
        this.gtTheDen = text(values, "GT_THE_DEN");
        this.ngayMienCct = text(values, "NGAY_MIEN_CCT");
        this.lyDoVv = text(values, "LY_DO_VV");
        this.lyDoVnt = text(values, "LY_DO_VNT");
        this.maLyDoVnt = text(values, "MA_LY_DO_VNT");
        this.chanDoanVao = text(values, "CHAN_DOAN_VAO");
        this.chanDoanRv = text(values, "CHAN_DOAN_RV");
        this.maBenhChinh = text(values, "MA_BENH_CHINH");
        this.maBenhKt = text(values, "MA_BENH_KT");
        this.maBenhYhct = text(values, "MA_BENH_YHCT");
        this.maPtttQt = text(values, "MA_PTTT_QT");
        this.maDoituongKcb = text(values, "MA_DOITUONG_KCB");
        this.maNoiDi = text(values, "MA_NOI_DI");
        this.maNoiDen = text(values, "MA_NOI_DEN");
        this.maTaiNan = text(values, "MA_TAI_NAN");
        this.ngayVao = text(values, "NGAY_VAO");
        this.ngayVaoNoiTru = text(values, "NGAY_VAO_NOI_TRU");
        this.ngayRa = text(values, "NGAY_RA");
        this.giayChuyenTuyen = text(values, "GIAY_CHUYEN_TUYEN");
        this.soNgayDtri = text(values, "SO_NGAY_DTRI");
        this.ppDieuTri = text(values, "PP_DIEU_TRI");
        this.ketQuaDtri = text(values, "KET_QUA_DTRI");
        this.maLoaiRv = text(values, "MA_LOAI_RV");
        this.ghiChu = text(values, "GHI_CHU");
        this.ngayTtoan = text(values, "NGAY_TTOAN");
        this.tThuoc = text(values, "T_THUOC");
        this.tVtyt = text(values, "T_VTYT");
        this.tTongchiBv = text(values, "T_TONGCHI_BV");
        this.tTongchiBh = text(values, "T_TONGCHI_BH");
        this.tBntt = text(values, "T_BNTT");
        this.tBncct = text(values, "T_BNCCT");
        this.tBhtt = text(values, "T_BHTT");
        this.tNguonkhac = text(values, "T_NGUONKHAC");
        this.tBhttGdv = text(values, "T_BHTT_GDV");
        this.namQt = text(values, "NAM_QT");
        this.thangQt = text(values, "THANG_QT");
        this.maLoaiKcb = text(values, "MA_LOAI_KCB");
        this.maKhoa = text(values, "MA_KHOA");
        this.maCskcb = text(values, "MA_CSKCB");
        this.maKhuvuc = text(values, "MA_KHUVUC");
        this.canNang = text(values, "CAN_NANG");
        this.canNangCon = text(values, "CAN_NANG_CON");
        this.namNamLienTuc = text(values, "NAM_NAM_LIEN_TUC");
        this.ngayTaiKham = text(values, "NGAY_TAI_KHAM");
        this.maHsba = text(values, "MA_HSBA");
        this.maTtdv = text(values, "MA_TTDV");
        this.duPhong = text(values, "DU_PHONG");
    }
}
