/** export module. */
package vn.his.export;
