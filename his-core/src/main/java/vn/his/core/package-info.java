/** core module. */
package vn.his.core;
