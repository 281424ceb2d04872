/** billing module. */
package vn.his.billing;
