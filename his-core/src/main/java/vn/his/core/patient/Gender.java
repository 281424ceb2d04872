package vn.his.core.patient;

import java.util.Arrays;

/** GIOI_TINH (QĐ 4750 Bảng 1): 1 Nam, 2 Nữ, 3 Chưa xác định. */
public enum Gender {
    MALE(1), FEMALE(2), UNDETERMINED(3);

    private final int code;

    Gender(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Gender ofCode(int code) {
        return Arrays.stream(values()).filter(g -> g.code == code).findFirst()
                .orElseThrow(() -> new InvalidPatientDataException("patient.gender.invalid", code));
    }
}
