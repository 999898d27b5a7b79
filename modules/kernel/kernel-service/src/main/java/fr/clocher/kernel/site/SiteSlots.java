package fr.clocher.kernel.site;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.clocher.kernel.module.ModuleActivations;

/**
 * Collects the modules' fragments for an area of a commune's site, from the modules the
 * commune has enabled, in order.
 */
public class SiteSlots {

	private final List<SiteSlot> slots;

	private final ModuleActivations activations;

	public SiteSlots(List<SiteSlot> slots, ModuleActivations activations) {
		this.slots = slots.stream().sorted(Comparator.comparingInt(SiteSlot::order)).toList();
		this.activations = activations;
	}

	/**
	 * The fragments of an area ({@link SiteSlot#HOME}...), in order, the empty ones left
	 * out.
	 */
	public List<String> render(String area, SiteRequest request) {
		return this.slots.stream()
			.filter((slot) -> slot.area().equals(area))
			.filter((slot) -> this.activations.isEnabled(slot.moduleKey()))
			.map((slot) -> slot.render(request))
			.flatMap(Optional::stream)
			.filter((html) -> !html.isBlank())
			.toList();
	}

}
