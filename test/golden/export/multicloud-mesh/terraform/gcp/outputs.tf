output "network_id" {
  description = "The global VPC"
  value       = google_compute_network.global.id
}

output "gcp_usc1_ha_vpn_interfaces" {
  description = "Public addresses of the GCP us-central1 (Iowa) HA VPN gateway"
  value       = google_compute_ha_vpn_gateway.gcp_usc1.vpn_interfaces[*].ip_address
}

output "gcp_euw1_ha_vpn_interfaces" {
  description = "Public addresses of the GCP europe-west1 (Belgium) HA VPN gateway"
  value       = google_compute_ha_vpn_gateway.gcp_euw1.vpn_interfaces[*].ip_address
}

output "gcp_ase1_ha_vpn_interfaces" {
  description = "Public addresses of the GCP asia-southeast1 (Singapore) HA VPN gateway"
  value       = google_compute_ha_vpn_gateway.gcp_ase1.vpn_interfaces[*].ip_address
}
