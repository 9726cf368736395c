output "network_id" {
  description = "The global VPC"
  value       = google_compute_network.global.id
}

output "xr_ic_gcp_euw4_0_pairing_key" {
  description = "Pairing key of xr-ic (AVAILABILITY_DOMAIN_1) for the partner"
  value       = google_compute_interconnect_attachment.xr_ic_gcp_euw4_0.pairing_key
}

output "xr_ic_gcp_euw4_1_pairing_key" {
  description = "Pairing key of xr-ic (AVAILABILITY_DOMAIN_2) for the partner"
  value       = google_compute_interconnect_attachment.xr_ic_gcp_euw4_1.pairing_key
}

output "gcp_euw1_ha_vpn_interfaces" {
  description = "Public addresses of the GCP europe-west1 HA VPN gateway"
  value       = google_compute_ha_vpn_gateway.gcp_euw1.vpn_interfaces[*].ip_address
}
