/**
 * Shared kernel: hub scoping in the data layer, the embedded database, error handling and
 * the web frame. Every module may use it; it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.kyoten.platform;
