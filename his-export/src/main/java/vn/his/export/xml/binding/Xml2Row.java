package vn.his.export.xml.binding;

import static vn.his.export.xml.binding.BindingValues.text;

import java.util.Map;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** JAXB binding of one CHI_TIET_THUOC row of XML2; every element is written, empty when not applicable. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CHI_TIET_THUOC", propOrder = {
        "maLk",
        "stt",
        "maThuoc",
        "maPpChebien",
        "maCskcbThuoc",
        "maNhom",
        "tenThuoc",
        "donViTinh",
        "hamLuong",
        "duongDung",
        "dangBaoChe",
        "lieuDung",
        "cachDung",
        "soDangKy",
        "ttThau",
        "phamVi",
        "tyleTtBh",
        "soLuong",
        "donGia",
        "thanhTienBv",
        "thanhTienBh",
        "tNguonkhacNsnn",
        "tNguonkhacVtnn",
        "tNguonkhacVttn",
        "tNguonkhacCl",
        "tNguonkhac",
        "mucHuong",
        "tBntt",
        "tBncct",
        "tBhtt",
        "maKhoa",
        "maBacSi",
        "maDichVu",
        "ngayYl",
        "ngayThYl",
        "maPttt",
        "nguonCtra",
        "vetThuongTp",
        "duPhong"})
public final class Xml2Row {

    @XmlElement(name = "MA_LK")
    private String maLk = "";

    @XmlElement(name = "STT")
    private String stt = "";

    @XmlElement(name = "MA_THUOC")
    private String maThuoc = "";

    @XmlElement(name = "MA_PP_CHEBIEN")
    private String maPpChebien = "";

    @XmlElement(name = "MA_CSKCB_THUOC")
    private String maCskcbThuoc = "";

    @XmlElement(name = "MA_NHOM")
    private String maNhom = "";

    @XmlElement(name = "TEN_THUOC")
    private String tenThuoc = "";

    @XmlElement(name = "DON_VI_TINH")
    private String donViTinh = "";

    @XmlElement(name = "HAM_LUONG")
    private String hamLuong = "";

    @XmlElement(name = "DUONG_DUNG")
    private String duongDung = "";

    @XmlElement(name = "DANG_BAO_CHE")
    private String dangBaoChe = "";

    @XmlElement(name = "LIEU_DUNG")
    private String lieuDung = "";

    @XmlElement(name = "CACH_DUNG")
    private String cachDung = "";

    @XmlElement(name = "SO_DANG_KY")
    private String soDangKy = "";

    @XmlElement(name = "TT_THAU")
    private String ttThau = "";

    @XmlElement(name = "PHAM_VI")
    private String phamVi = "";

    @XmlElement(name = "TYLE_TT_BH")
    private String tyleTtBh = "";

    @XmlElement(name = "SO_LUONG")
    private String soLuong = "";

    @XmlElement(name = "DON_GIA")
    private String donGia = "";

    @XmlElement(name = "THANH_TIEN_BV")
    private String thanhTienBv = "";

    @XmlElement(name = "THANH_TIEN_BH")
    private String thanhTienBh = "";

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

    @XmlElement(name = "MUC_HUONG")
    private String mucHuong = "";

    @XmlElement(name = "T_BNTT")
    private String tBntt = "";

    @XmlElement(name = "T_BNCCT")
    private String tBncct = "";

    @XmlElement(name = "T_BHTT")
    private String tBhtt = "";

    @XmlElement(name = "MA_KHOA")
    private String maKhoa = "";

    @XmlElement(name = "MA_BAC_SI")
    private String maBacSi = "";

    @XmlElement(name = "MA_DICH_VU")
    private String maDichVu = "";

    @XmlElement(name = "NGAY_YL")
    private String ngayYl = "";

    @XmlElement(name = "NGAY_TH_YL")
    private String ngayThYl = "";

    @XmlElement(name = "MA_PTTT")
    private String maPttt = "";

    @XmlElement(name = "NGUON_CTRA")
    private String nguonCtra = "";

    @XmlElement(name = "VET_THUONG_TP")
    private String vetThuongTp = "";

    @XmlElement(name = "DU_PHONG")
    private String duPhong = "";

    Xml2Row() {
        // for JAXB
    }

    /** A row from element texts keyed by element name (missing keys are written as empty elements). */
    public Xml2Row(Map<String, String> values) {
        this.maLk = text(values, "MA_LK");
        this.stt = text(values, "STT");
        this.maThuoc = text(values, "MA_THUOC");
        this.maPpChebien = text(values, "MA_PP_CHEBIEN");
        this.maCskcbThuoc = text(values, "MA_CSKCB_THUOC");
        this.maNhom = text(values, "MA_NHOM");
        this.tenThuoc = text(values, "TEN_THUOC");
        this.donViTinh = text(values, "DON_VI_TINH");
        this.hamLuong = text(values, "HAM_LUONG");
        this.duongDung = text(values, "DUONG_DUNG");
        this.dangBaoChe = text(values, "DANG_BAO_CHE");
        this.lieuDung = text(values, "LIEU_DUNG");
        this.cachDung = text(values, "CACH_DUNG");
        this.soDangKy = text(values, "SO_DANG_KY");
        this.ttThau = text(values, "TT_THAU");
        this.phamVi = text(values, "PHAM_VI");
        this.tyleTtBh = text(values, "TYLE_TT_BH");
        this.soLuong = text(values, "SO_LUONG");
        this.donGia = text(values, "DON_GIA");
        this.thanhTienBv = text(values, "THANH_TIEN_BV");
        this.thanhTienBh = text(values, "THANH_TIEN_BH");
        this.tNguonkhacNsnn = text(values, "T_NGUONKHAC_NSNN");
        this.tNguonkhacVtnn = text(values, "T_NGUONKHAC_VTNN");
        this.tNguonkhacVttn = text(values, "T_NGUONKHAC_VTTN");
        this.tNguonkhacCl = text(values, "T_NGUONKHAC_CL");
        this.tNguonkhac = text(values, "T_NGUONKHAC");
        this.mucHuong = text(values, "MUC_HUONG");
        this.tBntt = text(values, "T_BNTT");
        this.tBncct = text(values, "T_BNCCT");
        this.tBhtt = text(values, "T_BHTT");
        this.maKhoa = text(values, "MA_KHOA");
        this.maBacSi = text(values, "MA_BAC_SI");
        this.maDichVu = text(values, "MA_DICH_VU");
        this.ngayYl = text(values, "NGAY_YL");
        this.ngayThYl = text(values, "NGAY_TH_YL");
        this.maPttt = text(values, "MA_PTTT");
        this.nguonCtra = text(values, "NGUON_CTRA");
        this.vetThuongTp = text(values, "VET_THUONG_TP");
        this.duPhong = text(values, "DU_PHONG");
    }
}
