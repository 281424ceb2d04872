package vn.his.export.envelope.binding;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * GIAMDINHHS: THONGTINDONVI/MACSKCB, THONGTINHOSO (NGAYLAP, SOLUONGHOSO, DANHSACHHOSO/HOSO/FILEHOSO) and the
 * CHUKYDONVI element, last, that receives the facility signature.
 */
@XmlRootElement(name = "GIAMDINHHS")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "GIAMDINHHS", propOrder = {"thongTinDonVi", "thongTinHoSo", "chuKyDonVi"})
public final class GiamDinhHs {

    @XmlElement(name = "THONGTINDONVI")
    private ThongTinDonVi thongTinDonVi;

    @XmlElement(name = "THONGTINHOSO")
    private ThongTinHoSo thongTinHoSo;

    @XmlElement(name = "CHUKYDONVI")
    private String chuKyDonVi = "";

    GiamDinhHs() {
        // for JAXB
    }

    /** An envelope of the facility holding the given dossiers (HOSO), each a list of table files. */
    public GiamDinhHs(String facilityCode, String ngayLap, List<List<FileHoSo>> dossiers) {
        this.thongTinDonVi = new ThongTinDonVi(facilityCode);
        this.thongTinHoSo = new ThongTinHoSo(ngayLap, dossiers);
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "THONGTINDONVI")
    static final class ThongTinDonVi {
        @XmlElement(name = "MACSKCB")
        private String maCskcb;

        ThongTinDonVi() {
        }

        ThongTinDonVi(String maCskcb) {
            this.maCskcb = maCskcb;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "THONGTINHOSO", propOrder = {"ngayLap", "soLuongHoSo", "hoSo"})
    static final class ThongTinHoSo {
        @XmlElement(name = "NGAYLAP")
        private String ngayLap;

        @XmlElement(name = "SOLUONGHOSO")
        private String soLuongHoSo;

        @XmlElementWrapper(name = "DANHSACHHOSO")
        @XmlElement(name = "HOSO")
        private List<HoSo> hoSo = new ArrayList<>();

        ThongTinHoSo() {
        }

        ThongTinHoSo(String ngayLap, List<List<FileHoSo>> dossiers) {
            this.ngayLap = ngayLap;
            this.soLuongHoSo = Integer.toString(dossiers.size());
            dossiers.forEach(files -> hoSo.add(new HoSo(files)));
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "HOSO")
    static final class HoSo {
        @XmlElement(name = "FILEHOSO")
        private List<FileHoSo> files = new ArrayList<>();

        HoSo() {
        }

        HoSo(List<FileHoSo> files) {
            this.files.addAll(files);
        }
    }
}
