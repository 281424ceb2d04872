package vn.his.core.facility;

/** The technical care level from 01/01/2025 (Law 15/2023/QH15): cấp ban đầu / cơ bản / chuyên sâu. */
public enum CareLevel {
    PRIMARY, BASIC, SPECIALISED
}
