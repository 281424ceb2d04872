package vn.his.export.xml.binding;

import static vn.his.export.xml.binding.BindingValues.text;

import java.util.Map;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** JAXB binding of one CHI_TIET_DVKT row of XML3; every element is written, empty when not applicable. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHI_TIET_DVKT", propOrder = {
        "maLk",
        "stt",
        "maDichVu",
        "maPtttQt",
        "maVatTu",
        "maNhom",
        "goiVtyt",
        "tenVatTu",
        "tenDichVu",
        "maXangDau",
        "donViTinh",
        "phamVi",
        "soLuong",
        "donGiaBv",
        "donGiaBh",
        "ttThau",
        "tyleTtDv",
        "tyleTtBh",
        "thanhTienBv",
        "thanhTienBh",
        "tTrantt",
        "mucHuong",
        "tNguonkhacNsnn",
        "tNguonkhacVtnn",
        "tNguonkhacVttn",
        "tNguonkhacCl",
        "tNguonkhac",
        "tBntt",
        "tBncct",
        "tBhtt",
        "maKhoa",
        "maGiuong",
        "maBacSi",
        "nguoiThucHien",
        "maBenh",
        "maBenhYhct",
        "ngayYl",
        "ngayThYl",
        "ngayKq",
        "maPttt",
        "vetThuongTp",
        "ppVoCam",
        "viTriThDvkt",
        "maMay",
        "maHieuSp",
        "taiSuDung",
        "duPhong"})
public final class Xml3Row {

    @XmlElement(name = "MA_LK")
    private String maLk = "";

    @XmlElement(name = "STT")
    private String stt = "";

    @XmlElement(name = "MA_DICH_VU")
    private String maDichVu = "";

    @XmlElement(name = "MA_PTTT_QT")
    private String maPtttQt = "";

    @XmlElement(name = "MA_VAT_TU")
    private String maVatTu = "";

    @XmlElement(name = "MA_NHOM")
    private String maNhom = "";

    @XmlElement(name = "GOI_VTYT")
    private String goiVtyt = "";

    @XmlElement(name = "TEN_VAT_TU")
    private String tenVatTu = "";

    @XmlElement(name = "TEN_DICH_VU")
    private String tenDichVu = "";

    @XmlElement(name = "MA_XANG_DAU")
    private String maXangDau = "";

    @XmlElement(name = "DON_VI_TINH")
    private String donViTinh = "";

    @XmlElement(name = "PHAM_VI")
    private String phamVi = "";

    @XmlElement(name = "SO_LUONG")
    private String soLuong = "";

    @XmlElement(name = "DON_GIA_BV")
    private String donGiaBv = "";

    @XmlElement(name = "DON_GIA_BH")
    private String donGiaBh = "";

    @XmlElement(name = "TT_THAU")
    private String ttThau = "";

    @XmlElement(name = "TYLE_TT_DV")
    private String tyleTtDv = "";

    @XmlElement(name = "TYLE_TT_BH")
    private String tyleTtBh = "";

    @XmlElement(name = "THANH_TIEN_BV")
    private String thanhTienBv = "";

    @XmlElement(name = "THANH_TIEN_BH")
    private String thanhTienBh = "";

    @XmlElement(name = "T_TRANTT")
    private String tTrantt = "";

    @XmlElement(name = "MUC_HUONG")
    private String mucHuong = "";

    @XmlElement(name = "T_NGUONKHAC_NSNN")
    private String tNguonkhacNsnn = "";

    @XmlElement(name = "T_NGUONKHAC_VTNN")
    private String tNguonkhacVtnn = "";

    @XmlElement(name = "T_NGUONKHAC_VTTN")
    private String tNguonkhacVttn = "";

    @XmlElement(name = "T_NGUONKHAC_CL")
    private String tNguonkhacCl = "";

    @XmlElement(name = "T_NGUONKHAC")
    private String tNguonkhac = "";

    @XmlElement(name = "T_BNTT")
    private String tBntt = "";

    @XmlElement(name = "T_BNCCT")
    private String tBncct = "";

    @XmlElement(name = "T_BHTT")
    private String tBhtt = "";

    @XmlElement(name = "MA_KHOA")
    private String maKhoa = "";

    @XmlElement(name = "MA_GIUONG")
    private String maGiuong = "";

    @XmlElement(name = "MA_BAC_SI")
    private String maBacSi = "";

    @XmlElement(name = "NGUOI_THUC_HIEN")
    private String nguoiThucHien = "";

    @XmlElement(name = "MA_BENH")
    private String maBenh = "";

    @XmlElement(name = "MA_BENH_YHCT")
    private String maBenhYhct = "";

    @XmlElement(name = "NGAY_YL")
    private String ngayYl = "";

    @XmlElement(name = "NGAY_TH_YL")
    private String ngayThYl = "";

    @XmlElement(name = "NGAY_KQ")
    private String ngayKq = "";

    @XmlElement(name = "MA_PTTT")
    private String maPttt = "";

    @XmlElement(name = "VET_THUONG_TP")
    private String vetThuongTp = "";

    @XmlElement(name = "PP_VO_CAM")
    private String ppVoCam = "";

    @XmlElement(name = "VI_TRI_TH_DVKT")
    private String viTriThDvkt = "";

    @XmlElement(name = "MA_MAY")
    private String maMay = "";

    @XmlElement(name = "MA_HIEU_SP")
    private String maHieuSp = "";

    @XmlElement(name = "TAI_SU_DUNG")
    private String taiSuDung = "";

    @XmlElement(name = "DU_PHONG")
    private String duPhong = "";

    Xml3Row() {
        // for JAXB
    }

    /** A row from element texts keyed by element name (missing keys are written as empty elements). */
    public Xml3Row(Map<String, String> values) {
        this.maLk = text(values, "MA_LK");
        this.stt = text(values, "STT");
        this.maDichVu = text(values, "MA_DICH_VU");
        this.maPtttQt = text(values, "MA_PTTT_QT");
        this.maVatTu = text(values, "MA_VAT_TU");
        this.maNhom = text(values, "MA_NHOM");
        this.goiVtyt = text(values, "GOI_VTYT");
        this.tenVatTu = text(values, "TEN_VAT_TU");
        this.tenDichVu = text(values, "TEN_DICH_VU");
        this.maXangDau = text(values, "MA_XANG_DAU");
        this.donViTinh = text(values, "DON_VI_TINH");
        this.phamVi = text(values, "PHAM_VI");
        this.soLuong = text(values, "SO_LUONG");
        this.donGiaBv = text(values, "DON_GIA_BV");
        this.donGiaBh = text(values, "DON_GIA_BH");
        this.ttThau = text(values, "TT_THAU");
        this.tyleTtDv = text(values, "TYLE_TT_DV");
        this.tyleTtBh = text(values, "TYLE_TT_BH");
        this.thanhTienBv = text(values, "THANH_TIEN_BV");
        this.thanhTienBh = text(values, "THANH_TIEN_BH");
        this.tTrantt = text(values, "T_TRANTT");
        this.mucHuong = text(values, "MUC_HUONG");
        this.tNguonkhacNsnn = text(values, "T_NGUONKHAC_NSNN");
        this.tNguonkhacVtnn = text(values, "T_NGUONKHAC_VTNN");
        this.tNguonkhacVttn = text(values, "T_NGUONKHAC_VTTN");
        this.tNguonkhacCl = text(values, "T_NGUONKHAC_CL");
        this.tNguonkhac = text(values, "T_NGUONKHAC");
        this.tBntt = text(values, "T_BNTT");
        this.tBncct = text(values, "T_BNCCT");
        this.tBhtt = text(values, "T_BHTT");
        this.maKhoa = text(values, "MA_KHOA");
        this.maGiuong = text(values, "MA_GIUONG");
        this.maBacSi = text(values, "MA_BAC_SI");
        this.nguoiThucHien = text(values, "NGUOI_THUC_HIEN");
        this.maBenh = text(values, "MA_BENH");
        this.maBenhYhct = text(values, "MA_BENH_YHCT");
        this.ngayYl = text(values, "NGAY_YL");
        this.ngayThYl = text(values, "NGAY_TH_YL");
        this.ngayKq = text(values, "NGAY_KQ");
        this.maPttt = text(values, "MA_PTTT");
        this.vetThuongTp = text(values, "VET_THUONG_TP");
        this.ppVoCam = text(values, "PP_VO_CAM");
        this.viTriThDvkt = text(values, "VI_TRI_TH_DVKT");
        this.maMay = text(values, "MA_MAY");
        this.maHieuSp = text(values, "MA_HIEU_SP");
        this.taiSuDung = text(values, "TAI_SU_DUNG");
        this.duPhong = text(values, "DU_PHONG");
    }
}
