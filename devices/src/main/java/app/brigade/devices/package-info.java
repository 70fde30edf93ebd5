/** Printer, cash drawer and serial/TCP device support for Brigade terminals. */
package app.brigade.devices;
