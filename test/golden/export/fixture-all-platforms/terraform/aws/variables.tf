variable "aws_euc1_cidr" {
  description = "Address block of AWS Frankfurt"
  type        = string
  default     = "10.9.0.0/16"
}

variable "aws_euc1_transit_cidr" {
  description = "Transit block of AWS Frankfurt (TGW attachment subnets)"
  type        = string
  default     = "10.9.254.0/23"
}

variable "aws_euc1_subnet_cidrs" {
  description = "Subnet per segment in AWS Frankfurt"
  type        = map(string)
  default = {
    mgmt  = "10.9.192.0/20"
    app   = "10.9.16.0/20"
    users = "10.9.48.0/20"
  }
}

variable "aws_euc1_asn" {
  description = "Amazon-side ASN of the AWS Frankfurt transit gateway"
  type        = number
  default     = 4245447029
}

variable "edge_lx_cidr" {
  description = "Address block of Linux edge second line"
  type        = string
  default     = "10.7.192.0/18"
}

variable "edge_lx_public_ip" {
  description = "Public IP of the VPN endpoint at Linux edge second line"
  type        = string
}

variable "edge_lx_asn" {
  description = "BGP ASN of Linux edge second line"
  type        = number
  default     = 65403
}

variable "lx_vpn_aws_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of lx-vpn-aws"
  type        = string
  sensitive   = true
}

variable "lx_vpn_aws_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of lx-vpn-aws"
  type        = string
  sensitive   = true
}

variable "route53_zone_id" {
  description = "Route 53 hosted zone for service records"
  type        = string
}

variable "feed_record_name" {
  description = "DNS name of Feed, e.g. feed.example.com"
  type        = string
}

variable "feed_aws_euc1_endpoint" {
  description = "Host name of Feed in AWS Frankfurt (its load balancer)"
  type        = string
}
